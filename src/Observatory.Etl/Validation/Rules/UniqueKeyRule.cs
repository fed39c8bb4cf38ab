using System.Globalization;
using System.Text;
using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation.Rules;

/// <summary>
/// <c>unique: [columns]</c> (schemas/README.md §2.4): the combination appears once in the file. The
/// first occurrence is kept and every later one is reported at its own line; a record already
/// in error does not claim its key, so a valid later record with that key is still accepted.
/// </summary>
public sealed class UniqueKeyRule : IRowRule
{
    public void Validate(TypedRecord record, RowRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var rule in context.Layout.Contract.Rules)
        {
            if (rule.Kind != RuleKind.Unique)
            {
                continue;
            }

            var key = KeyOf(record, context.Layout, rule.Columns);
            if (key is null)
            {
                continue;
            }

            var seen = context.SeenKeys(rule.Id);
            if (seen.Contains(key))
            {
                var first = rule.Columns[0];
                record.Add(new RowIssue(EtlIssueCodes.DuplicateKey, rule.Severity, first,
                    record.RawValues[context.Layout.IndexOf(first)], rule.MessageFr));
            }
            else if (!record.HasError)
            {
                seen.Add(key);
            }
        }
    }

    private static string? KeyOf(TypedRecord record, ColumnLayout layout, IReadOnlyList<string> columns)
    {
        var sb = new StringBuilder();
        foreach (var name in columns)
        {
            var value = record.Values[layout.IndexOf(name)];
            if (value is null)
            {
                return null;
            }

            sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\u001F');
        }

        return sb.ToString();
    }
}
