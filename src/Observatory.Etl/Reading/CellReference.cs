namespace Observatory.Etl.Reading;

/// <summary>Spreadsheet cell references (<c>B12</c>) and column letters.</summary>
public static class CellReference
{
    /// <summary>0-based column index of a reference such as <c>AB7</c> (→ 27).</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (ch - 'A' + 1);
            }
            else if (ch is >= 'a' and <= 'z')
            {
                index = (index * 26) + (ch - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return index - 1;
    }

    /// <summary>Column letters of a 0-based index (27 → <c>AB</c>).</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
