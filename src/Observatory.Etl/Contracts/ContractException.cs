namespace Observatory.Etl.Contracts;

/// <summary>A source contract YAML file is malformed or inconsistent; the message starts with <c>file:line:</c>.</summary>
public sealed class ContractException : Exception
{
    public ContractException(string path, int line, string message, Exception? inner = null)
        : base($"{path}:{line}: {message}", inner)
    {
        Path = path;
        Line = line;
    }

    public ContractException()
    {
        Path = string.Empty;
    }

    public ContractException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    public ContractException(string message, Exception inner)
        : base(message, inner)
    {
        Path = string.Empty;
    }

    /// <summary>The contract file.</summary>
    public string Path { get; }

    /// <summary>1-based line of the offending YAML node (0 when unknown).</summary>
    public int Line { get; }
}
