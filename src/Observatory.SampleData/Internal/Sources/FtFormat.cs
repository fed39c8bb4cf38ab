using System.Globalization;
using System.Text;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>Conventions shared by the France Travail CSV extracts: UTF-8 with BOM, <c>;</c>, CRLF, quarter labels.</summary>
internal static class FtFormat
{
    public const char Delimiter = ';';
    public const string NewLine = "\r\n";
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string PeriodCode(int year, int quarter) =>
        year.ToString(CultureInfo.InvariantCulture) + "T" + quarter.ToString(CultureInfo.InvariantCulture);

    public static string PeriodLabel(int year, int quarter) =>
        (quarter == 1 ? "1er" : quarter.ToString(CultureInfo.InvariantCulture) + "e") + " trimestre " + year.ToString(CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
