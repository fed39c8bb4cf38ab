using Observatory.Etl.Contracts;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Bulk;

/// <summary>
/// Decides in C#, from the scan's codes, whether two records of a plain CSV share the key of a
/// <c>unique</c> rule (all parts present): each key part becomes a small integer (the id of its
/// typed value), the parts a number in the product of their value counts, and a bitmap of that size
/// records the keys seen. Only when that says "repeated" does SQL look for the duplicates, which
/// also weighs which record claims the key. Undecided (null) without a scan or when the key space
/// is too large for a bitmap.
/// </summary>
internal static class KeyRepeatCheck
{
    /// <summary>Largest key space decided here: a bitmap of 128 MiB.</summary>
    private const long MaxKeySpace = 1L << 30;

    public static bool? AnyRepeated(BulkCells cells, ColumnLayout layout, RowRule rule)
    {
        if (cells.Scanned is not { } scanned)
        {
            return null;
        }

        var parts = new List<(int[] Ids, int Cardinality)>();
        long space = 1;
        foreach (var name in rule.Columns)
        {
            var column = cells.Columns[layout.IndexOf(name)];
            if (column.Constant is { } constant)
            {
                if (constant.Value is null)
                {
                    return false;
                }

                continue;
            }

            var (ids, cardinality) = ValueIds(column, scanned.Codes[column.Cell]);
            space = checked(space * Math.Max(1, cardinality));
            if (space > MaxKeySpace)
            {
                return null;
            }

            parts.Add((ids, cardinality));
        }

        var seen = new ulong[(space + 63) / 64];
        for (var row = 0; row < scanned.Rows; row++)
        {
            long key = 0;
            var present = true;
            foreach (var (ids, cardinality) in parts)
            {
                var id = ids[row];
                if (id < 0)
                {
                    present = false;
                    break;
                }

                key = (key * cardinality) + id;
            }

            if (!present)
            {
                continue;
            }

            var bit = 1UL << (int)(key & 63);
            if ((seen[key >> 6] & bit) != 0)
            {
                return true;
            }

            seen[key >> 6] |= bit;
        }

        return false;
    }

    /// <summary>Per record, the id of the column's typed value (equal values share an id; -1 for NULL), and how many ids there are.</summary>
    private static (int[] Ids, int Cardinality) ValueIds(ColumnCells column, Array codes)
    {
        // The scan's distinct texts are in code order, so outcome k is code k's.
        var byValue = new Dictionary<object, int>();
        var ofCode = new int[column.Distinct.Count];
        for (var code = 0; code < ofCode.Length; code++)
        {
            var value = column.Distinct[code].Outcome.Value;
            if (value is null)
            {
                ofCode[code] = -1;
                continue;
            }

            if (!byValue.TryGetValue(value, out var id))
            {
                id = byValue.Count;
                byValue[value] = id;
            }

            ofCode[code] = id;
        }

        var ids = CodeArrays.Translate(codes, ofCode);
        return (ids, byValue.Count);
    }
}
