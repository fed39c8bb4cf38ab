using System.Globalization;
using Observatory.DuckDb;
using Observatory.Etl.Loading;
using Observatory.Etl.Reading;

namespace Observatory.Etl.Bulk;

/// <summary>How <c>bulk_raw</c> is filled: from the C# scan, or by DuckDB alone.</summary>
internal sealed partial class BulkCells
{
    /// <summary>
    /// Fills <c>bulk_raw</c> from the C# scan: the texts become ENUM types and the codes are appended
    /// column-wise. A cell holding the same text on every record is not stored: it goes to <paramref name="singleTexts"/>.
    /// </summary>
    private static (bool[] IsEnum, List<DistinctText>[] Distinct) LoadScanned(DuckDbConnection connection, ScannedCells scanned, string[] names,
        string?[] singleTexts)
    {
        var stored = Enumerable.Range(0, names.Length).Where(cell => scanned.Texts[cell].Length > 1).DefaultIfEmpty(0).ToList();
        for (var cell = 0; cell < names.Length; cell++)
        {
            // A table needs a column: with every cell single-valued, the first one is stored anyway.
            singleTexts[cell] = stored.Contains(cell) ? null : scanned.Texts[cell][0];
        }

        connection.Execute(SqlScripts.Load("bulk_texts"));
        using (var appender = connection.CreateAppender(null, "bulk_texts"))
        {
            foreach (var cell in stored)
            {
                for (var code = 0; code < scanned.Texts[cell].Length; code++)
                {
                    appender.Append(cell).Append(code).Append(scanned.Texts[cell][code]);
                    appender.EndRow();
                }
            }

            appender.Flush();
        }

        foreach (var cell in stored)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["type"] = EnumOf(cell),
                ["cell"] = cell.ToString(CultureInfo.InvariantCulture),
            };
            connection.Execute(SqlScripts.Render("bulk_enum_scanned", values));
        }

        using (var check = connection.Query(string.Join(" union all ", stored.Select(cell =>
            $"select count(*) from bulk_texts where cell = {cell} and enum_code(cast(raw as {EnumOf(cell)})) <> code"))))
        {
            if (check.Rows().Any(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture) != 0))
            {
                throw new InvalidOperationException("DuckDB numbered an ENUM's values differently from the order they were given in.");
            }
        }

        connection.Execute(SqlScripts.Render("bulk_raw_table", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["columns"] = string.Join(", ", stored.Select(cell => $"{names[cell]} {EnumOf(cell)}")),
        }));
        using (var appender = connection.CreateAppender(null, RawTable))
        {
            appender.AppendColumns([.. stored.Select(cell => scanned.Codes[cell])], scanned.Rows);
            appender.Flush();
        }

        connection.Execute("drop table bulk_texts");
        var distinct = names.Select((_, cell) => scanned.Texts[cell]
            .Select((raw, code) => new DistinctText(raw, scanned.Counts[cell][code], code)).ToList()).ToArray();
        return ([.. names.Select(_ => true)], distinct);
    }

    /// <summary>
    /// Fills <c>bulk_raw</c> with DuckDB alone (a cell with too many distinct texts for the scan):
    /// the distinct texts of every cell in one read, then the cells in a second read, as ENUMs where few.
    /// </summary>
    private static (bool[] IsEnum, List<DistinctText>[] Distinct) LoadWithSql(DuckDbConnection connection, string path, CsvDialect dialect,
        CsvShape shape, string[] names, int maxDistinct)
    {
        connection.Execute(SqlScripts.Render("bulk_read_csv", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cells"] = string.Join(", ", names.Select(n => $"coalesce({n}, '') as {n}")),
            ["path"] = SqlScripts.Literal(path),
            ["delimiter"] = SqlScripts.Literal(dialect.Delimiter.ToString()),
            ["new_line"] = shape.NewLine,
            ["encoding"] = dialect.Encoding == TextEncoding.Utf8 ? "utf-8" : "latin-1",
            ["columns"] = "{" + string.Join(", ", names.Select(n => $"'{n}': 'varchar'")) + "}",
        }));
        connection.Execute(SqlScripts.Render("bulk_distinct", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cells"] = string.Join(", ", names),
            ["sets"] = string.Join(", ", names.Select(n => $"({n})")),
        }));

        var isEnum = CreateEnums(connection, names, maxDistinct);
        var distinct = names.Select((_, cell) => ReadDistinct(connection, cell, isEnum[cell])).ToArray();
        connection.Execute(SqlScripts.Render("bulk_raw", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cells"] = string.Join(", ", names.Select((n, cell) => isEnum[cell] ? $"cast({n} as {EnumOf(cell)}) as {n}" : n)),
        }));
        connection.Execute("drop table bulk_distinct");
        connection.Execute("drop view bulk_csv");
        return (isEnum, distinct);
    }

    /// <summary>Creates <c>bulk_enum_&lt;cell&gt;</c> for every cell with at most <paramref name="maxDistinct"/> distinct texts.</summary>
    private static bool[] CreateEnums(DuckDbConnection connection, string[] names, int maxDistinct)
    {
        using var counts = connection.Query($"select {string.Join(", ", names.Select(n => $"count({n})"))} from bulk_distinct");
        var row = counts.Rows().First();
        var isEnum = new bool[names.Length];
        for (var cell = 0; cell < names.Length; cell++)
        {
            isEnum[cell] = Convert.ToInt64(row[cell], CultureInfo.InvariantCulture) <= maxDistinct;
            if (isEnum[cell])
            {
                CreateEnum(connection, EnumOf(cell), "bulk_distinct", names[cell]);
            }
        }

        return isEnum;
    }

    /// <summary>The distinct texts of one cell with their row counts and, for an ENUM cell, their codes.</summary>
    private static List<DistinctText> ReadDistinct(DuckDbConnection connection, int cell, bool isEnum)
    {
        var name = CellName(cell);
        var code = isEnum ? $"enum_code(cast({name} as {EnumOf(cell)}))" : "-1";
        var list = new List<DistinctText>();
        using var result = connection.Query($"select {name}, n, {code} from bulk_distinct where {name} is not null");
        foreach (var row in result.Rows())
        {
            list.Add(new DistinctText((string)row[0]!, Convert.ToInt64(row[1], CultureInfo.InvariantCulture),
                Convert.ToInt64(row[2], CultureInfo.InvariantCulture)));
        }

        return list;
    }
}
