namespace Observatory.Reporting;

/// <summary>The report cannot be made from this build (unknown territory or year, no build…); the message is in French.</summary>
public sealed class ReportDataException : Exception
{
    public ReportDataException(string message)
        : base(message)
    {
    }

    public ReportDataException()
    {
    }

    public ReportDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
