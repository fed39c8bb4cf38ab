using System.Globalization;
using Observatory.DuckDb;
using Observatory.Etl.Contracts;
using Observatory.Etl.Loading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Bulk;

/// <summary>
/// The <c>unique</c> rules of a contract over <c>bulk_rows</c>, in rule order, as
/// <see cref="Validation.Rules.UniqueKeyRule"/> applies them: a record whose key (all parts
/// present) was claimed at an earlier line by a record without error is a duplicate; a record in
/// error claims nothing. The duplicate lines of each rule go to <c>bulk_dup_&lt;n&gt;</c>, and
/// each rule sees the errors of the rules before it.
/// </summary>
internal sealed class BulkDuplicates
{
    private BulkDuplicates(IReadOnlyList<DuplicateRule> rules, string hasError, string hasIssue)
    {
        Rules = rules;
        HasErrorSql = hasError;
        HasIssueSql = hasIssue;
    }

    /// <summary>Unique rules with at least one duplicate.</summary>
    public IReadOnlyList<DuplicateRule> Rules { get; }

    /// <summary>Whether a <c>bulk_rows</c> record is rejected, duplicates included.</summary>
    public string HasErrorSql { get; }

    /// <summary>Whether a <c>bulk_rows</c> record has any issue, duplicates included.</summary>
    public string HasIssueSql { get; }

    public static BulkDuplicates Find(DuckDbConnection connection, ColumnLayout layout, BulkCells cells)
    {
        var rules = new List<DuplicateRule>();
        var hasError = "pre_error";
        var hasIssue = "has_issue";
        var n = 0;
        foreach (var rule in layout.Contract.Rules.Where(r => r.Kind == RuleKind.Unique))
        {
            var table = "bulk_dup_" + n.ToString(CultureInfo.InvariantCulture);
            var repeated = "bulk_rep_" + n++.ToString(CultureInfo.InvariantCulture);
            if (KeyRepeatCheck.AnyRepeated(cells, layout, rule) == false)
            {
                continue;
            }

            var keys = rule.Columns.Select(SqlScripts.Identifier).ToList();
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["rule"] = rule.Id,
                ["target"] = repeated,
                ["keys"] = string.Join(", ", keys),
                ["keys_present"] = string.Join(" and ", keys.Select(k => k + " is not null")),
            };
            connection.Execute(SqlScripts.Render("bulk_repeated_keys", values));
            if (Count(connection, repeated) == 0)
            {
                connection.Execute("drop table " + repeated);
                continue;
            }

            values["target"] = table;
            values["repeated"] = repeated;
            values["had_error"] = hasError;
            connection.Execute(SqlScripts.Render("bulk_duplicates", values));
            var count = Count(connection, table);
            if (count == 0)
            {
                connection.Execute("drop table " + table);
                continue;
            }

            var membership = $"source_line in (select source_line from {table})";
            rules.Add(new DuplicateRule(rule, count, membership));
            hasIssue += " or " + membership;
            if (rule.Severity == RuleSeverity.Error)
            {
                hasError += " or " + membership;
            }
        }

        return new BulkDuplicates(rules, hasError, hasIssue);
    }

    private static long Count(DuckDbConnection connection, string table)
    {
        using var result = connection.Query($"select count(*) from {table}");
        return Convert.ToInt64(result.Rows().First()[0], CultureInfo.InvariantCulture);
    }
}

/// <summary>A unique rule with its duplicate count and the SQL predicate "this record is one of its duplicates".</summary>
internal sealed record DuplicateRule(RowRule Rule, long Count, string MembershipSql);
