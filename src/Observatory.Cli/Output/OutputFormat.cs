namespace Observatory.Cli.Output;

/// <summary>How <c>observatory sql</c> prints a result.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
}
