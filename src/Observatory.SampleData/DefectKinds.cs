namespace Observatory.SampleData;

/// <summary>What the generator broke, in the manifest's <c>kind</c> field.</summary>
public static class DefectKinds
{
    public const string ZeroByteFile = "zero_byte_file";
    public const string HeaderWithoutRows = "header_without_rows";
    public const string TruncatedZip = "truncated_zip";
    public const string Latin1InUtf8File = "latin1_in_utf8_file";
    public const string CommaDelimiter = "comma_delimiter";
    public const string DuplicatedRow = "duplicated_row";
    public const string NegativeValue = "negative_value";
    public const string DifficultAboveTotal = "difficult_above_total";
    public const string UnknownDepartment = "unknown_department";
    public const string UnknownMetier = "unknown_metier";
    public const string TextInNumber = "text_in_number";
    public const string ExitWithoutDate = "exit_without_date";
}
