namespace Observatory.SampleData;

/// <summary>Reason codes the ETL is expected to report for planted defects (same strings as the ETL issue codes).</summary>
public static class DefectReasons
{
    public const string EmptyFile = "etl.empty_file";
    public const string HeaderOnly = "etl.header_only";
    public const string CorruptXlsx = "etl.corrupt_xlsx";
    public const string EncodingMismatch = "etl.encoding_mismatch";
    public const string WrongDelimiter = "etl.wrong_delimiter";
    public const string DuplicateKey = "etl.duplicate_key";
    public const string NegativeCount = "etl.negative_count";
    public const string XmetGreaterThanMet = "etl.xmet_gt_met";
    public const string UnknownCode = "etl.unknown_code";
    public const string UnparseableNumber = "etl.unparseable_number";
    public const string InconsistentValues = "etl.inconsistent_values";
}
