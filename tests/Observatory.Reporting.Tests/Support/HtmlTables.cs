using System.Net;
using System.Text.RegularExpressions;

namespace Observatory.Reporting.Tests.Support;

/// <summary>Reads back the report's own HTML: a métier section, a table's rows, a cell's text.</summary>
public static partial class HtmlTables
{
    /// <summary>The markup of the métier section <paramref name="metier"/>.</summary>
    public static string MetierSection(string html, string metier)
    {
        var start = html.IndexOf($"<section class=\"chapter metier\" data-metier=\"{WebUtility.HtmlEncode(metier)}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {metier}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>The rows of the table marked <c>data-block="<paramref name="block"/>"</c>: header text, then cell texts.</summary>
    public static List<(string Header, List<string> Cells)> Rows(string section, string block)
    {
        var start = section.IndexOf($"data-block=\"{block}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {block}");
        var table = section[start..section.IndexOf("</table>", start, StringComparison.Ordinal)];
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        return [.. RowPattern().Matches(body).Select(row => (
            Text(HeaderPattern().Match(row.Value).Groups[1].Value),
            CellPattern().Matches(row.Value).Select(cell => Text(cell.Groups[1].Value)).ToList()))];
    }

    /// <summary>The visible text of a fragment (tags removed, entities decoded).</summary>
    public static string Text(string fragment) => WebUtility.HtmlDecode(TagPattern().Replace(fragment, string.Empty));

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<th>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
