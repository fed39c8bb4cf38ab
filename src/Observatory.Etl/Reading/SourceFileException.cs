namespace Observatory.Etl.Reading;

/// <summary>
/// A publisher's file cannot be read at all (empty, corrupt, wrong encoding or delimiter). Carries
/// a stable issue code, the file and, where known, the line and column of the first problem.
/// </summary>
public sealed class SourceFileException : Exception
{
    public SourceFileException(string code, string path, string message, int? line = null, int? column = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>Stable issue code, for example <c>etl.encoding_mismatch</c>.</summary>
    public string Code { get; }

    public string Path { get; }

    public int? Line { get; }

    public int? Column { get; }
}
