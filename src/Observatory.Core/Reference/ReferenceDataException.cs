namespace Observatory.Core.Reference;

/// <summary>A reference CSV of <c>schemas/reference</c> is missing or malformed; the message names the file and line.</summary>
public sealed class ReferenceDataException : Exception
{
    public ReferenceDataException(string message)
        : base(message)
    {
    }

    public ReferenceDataException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ReferenceDataException()
    {
    }
}
