namespace Observatory.Etl.Validation;

/// <summary>
/// Stable codes of every ingest issue, shared by the quarantine, the run manifest, the CLI output
/// and the sample-data defect manifest. File-level reading codes live in
/// <see cref="Reading.ReadIssueCodes"/> and are repeated here so that one class lists them all.
/// </summary>
public static class EtlIssueCodes
{
    public const string EmptyFile = Reading.ReadIssueCodes.EmptyFile;
    public const string HeaderOnly = Reading.ReadIssueCodes.HeaderOnly;
    public const string CorruptXlsx = Reading.ReadIssueCodes.CorruptXlsx;
    public const string MissingSheet = Reading.ReadIssueCodes.MissingSheet;
    public const string EncodingMismatch = Reading.ReadIssueCodes.EncodingMismatch;
    public const string WrongDelimiter = Reading.ReadIssueCodes.WrongDelimiter;
    public const string UnterminatedQuote = Reading.ReadIssueCodes.UnterminatedQuote;

    /// <summary>No contract recognises the file's headers.</summary>
    public const string UnknownSource = "etl.unknown_source";

    /// <summary>A data sheet of a several-sheet workbook fits none of its contract's layouts, or has another vintage.</summary>
    public const string UnknownSheetLayout = "etl.unknown_sheet_layout";

    /// <summary>The file does not match the contract forced with <c>--source</c>.</summary>
    public const string SourceMismatch = "etl.source_mismatch";

    /// <summary>The share of rejected rows exceeds the contract's <c>max_reject_rate</c>.</summary>
    public const string FileRejected = "etl.file_rejected";

    public const string DuplicateKey = "etl.duplicate_key";
    public const string NegativeCount = "etl.negative_count";
    public const string XmetGreaterThanMet = "etl.xmet_gt_met";
    public const string UnknownCode = "etl.unknown_code";
    public const string UnparseableNumber = "etl.unparseable_number";
    public const string UnparseableDate = "etl.unparseable_date";
    public const string UnparseablePeriod = "etl.unparseable_period";
    public const string MissingValue = "etl.missing_value";
    public const string PatternMismatch = "etl.pattern_mismatch";
    public const string ValueNotAllowed = "etl.value_not_allowed";
    public const string CheckFailed = "etl.check_failed";

    /// <summary>A <c>when</c> rule: a column filled where it must be blank, or blank where it must be filled.</summary>
    public const string InconsistentValues = "etl.inconsistent_values";
    public const string UnknownRecordType = "etl.unknown_record_type";

    /// <summary>The last issue of a capped list: more issues exist than were kept.</summary>
    public const string TooManyIssues = "etl.too_many_issues";

    /// <summary>The code of a failed <c>check</c> rule: <c>xmet &lt;= met</c> has its own code, others share one.</summary>
    public static string ForCheck(string ruleId) =>
        ruleId == "xmet_not_above_met" ? XmetGreaterThanMet : CheckFailed;
}
