namespace Observatory.Etl.Reading;

/// <summary>Stable codes of file-level reading failures (same codes in logs, quarantine and JSON).</summary>
public static class ReadIssueCodes
{
    public const string EmptyFile = "etl.empty_file";
    public const string HeaderOnly = "etl.header_only";
    public const string CorruptXlsx = "etl.corrupt_xlsx";
    public const string MissingSheet = "etl.missing_sheet";
    public const string EncodingMismatch = "etl.encoding_mismatch";
    public const string WrongDelimiter = "etl.wrong_delimiter";
    public const string UnterminatedQuote = "etl.unterminated_quote";
}
