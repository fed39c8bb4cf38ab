using System.Globalization;
using Observatory.Etl.Bulk;
using Observatory.Etl.Loading;
using Observatory.Etl.Reading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

/// <summary>
/// The bulk pass of a plain CSV (<see cref="CsvShapeCheck"/>): the file's cells, numbered by the
/// pre-scan, land in DuckDB as ENUM codes (<see cref="BulkCells"/>), each column is typed through
/// per-distinct-text lookups, row rules and duplicates are flagged, and the accepted records are
/// exposed as the view <c>lake_rows</c>. Only the records with an error, and those holding the
/// first listed issues, come back to C#, where the row pipeline re-validates them to write the same
/// quarantine rows and issues as <see cref="RunPass"/> would. Issue counts come from the lookups and
/// the rule flags. Any other file goes through <see cref="RunPass"/>.
/// </summary>
internal sealed partial class FileIngestor
{
    private bool _bulkObjects;
    private IReadOnlyDictionary<string, string>? _bulkEnumTypes;

    /// <summary>Runs the bulk pass when the file allows it; null means use the row pass.</summary>
    private PassCounts? TryRunBulkPass(DetectedFile file, ColumnLayout layout)
    {
        var contract = file.Contract;
        var mapping = new RecordMapping(layout, file.Variant, file.Bindings, file.Vintage);
        var preScan = EndPreScan();
        Stage("shape check + scan (rest)");
        if (preScan is not { Shape: var shape, Dialect: var dialect })
        {
            return null;
        }

        var connection = session.Connection;
        DropBulkObjects(); // what an earlier file's failed bulk pass may have left
        _bulkObjects = true;
        var evaluator = new CellEvaluator(layout, mapping, shape.Fields, session.Reference);
        var cells = BulkCells.Load(connection, path, dialect, shape, preScan.Scanned, layout, mapping, evaluator, session.BulkMaxDistinct);
        Stage("bulk: read + lookups");
        var sql = new BulkRowSql(layout, cells, shape.Fields, shape.Records);
        _bulkEnumTypes = sql.EnumTypes;
        connection.Execute(SqlScripts.Render("bulk_rows", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["select_list"] = sql.SelectList,
            ["joins"] = sql.Joins,
        }));
        Stage("bulk: typed rows");
        var duplicates = BulkDuplicates.Find(connection, layout, cells);
        Stage("bulk: duplicates");
        var hasError = duplicates.HasErrorSql;
        var hasIssue = duplicates.HasIssueSql;

        var flagSums = string.Concat(sql.Flags.Select(f => $", count(*) filter (where {f.Name})"));
        var totals = QueryRow($"select count(*), count(*) filter (where {hasError}), count(*) filter (where {hasIssue}){flagSums} from bulk_rows");
        var read = totals[0];
        if (read != shape.Records)
        {
            throw new InvalidOperationException($"DuckDB read {read} records from '{path}' where {shape.Records} lines were counted.");
        }

        CountIssues(cells, read, sql.Flags, totals.AsSpan(3), duplicates);
        var quarantined = totals[1];
        ValidateFlaggedRows(file, layout, mapping, duplicates, hasError, hasIssue, shape.Fields, withIssues: totals[2], errors: quarantined);
        connection.Execute("drop table if exists " + LakeTable.Name);
        connection.Execute(SqlScripts.Render("bulk_accepted_view", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lake_select"] = sql.LakeSelect,
            ["run_id"] = SqlScripts.Literal(session.RunId),
            ["source_sha256"] = SqlScripts.Literal(_sha256),
            ["contract_version"] = contract.ContractVersion.ToString(CultureInfo.InvariantCulture),
            ["value_joins"] = sql.ValueJoins,
            // ValidateFlaggedRows quarantined every rejected record of this file, one row each.
            ["where"] = quarantined > 0 ? $"where r.rowid + 2 not in (select line from {QuarantineTable.Name})" : string.Empty,
        }));

        session.Observer?.RowsRead(read);
        return new PassCounts(read, read - quarantined, quarantined);
    }

    /// <summary>Drops what a bulk pass left in the session's database (the <c>lake_rows</c> view first, so the row pass can create its table).</summary>
    private void EndBulk()
    {
        if (!_bulkObjects)
        {
            return;
        }

        _bulkObjects = false;
        _bulkEnumTypes = null;
        DropBulkObjects();
    }

    /// <summary>Drops the bulk pass's views, tables (<c>bulk_*</c>) and ENUM types, in dependency order.</summary>
    private void DropBulkObjects()
    {
        // lake_rows first: it reads the others. It is a view only after a bulk pass (the row pass makes it a table).
        using (var views = session.Connection.Query("select view_name from duckdb_views() where view_name in ('lake_rows', 'bulk_rows', 'bulk_csv')"))
        {
            foreach (var name in views.Rows().Select(r => (string)r[0]!).OrderBy(n => n == "lake_rows" ? 0 : n == "bulk_rows" ? 1 : 2).ToList())
            {
                session.Connection.Execute("drop view " + SqlScripts.Identifier(name));
            }
        }

        using (var tables = session.Connection.Query("select table_name from duckdb_tables() where table_name like 'bulk\\_%' escape '\\'"))
        {
            foreach (var name in tables.Rows().Select(r => (string)r[0]!).ToList())
            {
                session.Connection.Execute("drop table if exists " + SqlScripts.Identifier(name));
            }
        }

        using var types = session.Connection.Query("select type_name from duckdb_types() where type_name like 'bulk\\_%' escape '\\'");
        foreach (var name in types.Rows().Select(r => (string)r[0]!).Distinct().ToList())
        {
            session.Connection.Execute("drop type if exists " + SqlScripts.Identifier(name));
        }
    }

    /// <summary>Counts per code: cell issues times the rows holding that text, then row rule flags and duplicates.</summary>
    private void CountIssues(BulkCells cells, long read, IReadOnlyList<RowFlag> flags, ReadOnlySpan<long> flagCounts, BulkDuplicates duplicates)
    {
        foreach (var column in cells.Columns)
        {
            var outcomes = column.Constant is { } constant ? [(read, constant)] : column.Distinct;
            foreach (var (count, outcome) in outcomes)
            {
                foreach (var issue in outcome.Issues)
                {
                    _issues.Count(issue.Code, count);
                }
            }
        }

        for (var i = 0; i < flags.Count; i++)
        {
            _issues.Count(flags[i].Code, flagCounts[i]);
        }

        foreach (var rule in duplicates.Rules)
        {
            _issues.Count(EtlIssueCodes.DuplicateKey, rule.Count);
        }
    }

    /// <summary>
    /// Re-validates in C# the records with an error (all quarantined) and the first records with
    /// an issue (the listed ones), in line order, checking that C# and SQL agree on each.
    /// </summary>
    private void ValidateFlaggedRows(DetectedFile file, ColumnLayout layout, RecordMapping mapping, BulkDuplicates duplicates,
        string hasError, string hasIssue, int fields, long withIssues, long errors)
    {
        if (withIssues == 0)
        {
            return;
        }

        var validator = new RowValidator(layout, session.Reference, withUniqueKeys: false);
        var dupFlags = string.Concat(duplicates.Rules.Select(d => $", {d.MembershipSql}"));
        var rawCells = string.Concat(Enumerable.Range(0, fields).Select(i => ", " + BulkRowSql.RawCell(i)));
        // Without errors, the listed issues are the only records to fetch: one top-N scan.
        var query = errors == 0
            ? $"""
                select source_line, false{dupFlags}{rawCells}
                from bulk_rows where {hasIssue}
                order by source_line limit {session.MaxIssues}
                """
            : $"""
                select source_line, ({hasError}){dupFlags}{rawCells}
                from bulk_rows
                where ({hasError}) or source_line in
                    (select source_line from bulk_rows where {hasIssue} order by source_line limit {session.MaxIssues})
                order by source_line
                """;
        using var quarantine = new QuarantineTable(session.Connection, file.Contract.Id, _sha256, session.RunId);
        using (var result = session.Connection.Query(query))
        {
            var first = 2 + duplicates.Rules.Count;
            foreach (var row in result.Rows())
            {
                var line = Convert.ToInt32(row[0], CultureInfo.InvariantCulture);
                var cells = new string?[fields];
                Array.Copy(row, first, cells, 0, fields);
                var record = mapping.Single(line, cells);
                validator.Validate(record);
                for (var d = 0; d < duplicates.Rules.Count; d++)
                {
                    if ((bool)row[2 + d]!)
                    {
                        var rule = duplicates.Rules[d].Rule;
                        record.Add(new RowIssue(EtlIssueCodes.DuplicateKey, rule.Severity, rule.Columns[0],
                            record.RawValues[layout.IndexOf(rule.Columns[0])], rule.MessageFr));
                    }
                }

                if (record.HasError != (bool)row[1]!)
                {
                    throw new InvalidOperationException($"{path}:{line}: the bulk pass and the row validator disagree on whether the record is rejected.");
                }

                foreach (var issue in record.Issues)
                {
                    _issues.List(Locate(file.Sheet, layout, record, issue));
                }

                if (record.HasError)
                {
                    quarantine.Append(ToQuarantined(file, layout, new RawRow(line, cells), record, null));
                }
            }
        }

        quarantine.Flush();
    }

    private long[] QueryRow(string query)
    {
        using var result = session.Connection.Query(query);
        var row = result.Rows().First();
        return [.. row.Select(v => v is null ? 0L : Convert.ToInt64(v, CultureInfo.InvariantCulture))];
    }
}
