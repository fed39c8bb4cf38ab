using System.Text.RegularExpressions;
using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation.Rules;

/// <summary><c>pattern:</c> (schemas/README.md §2.2): the normalised value must match the column's regex.</summary>
public sealed class PatternMatchRule : IRowRule
{
    private readonly Dictionary<string, Regex> _regexes = new(StringComparer.Ordinal);

    public void Validate(TypedRecord record, RowRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        var columns = context.Layout.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Pattern is not { } pattern || record.Values[i] is not string value)
            {
                continue;
            }

            if (!_regexes.TryGetValue(pattern, out var regex))
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                _regexes[pattern] = regex;
            }

            if (!regex.IsMatch(value))
            {
                record.Add(new RowIssue(EtlIssueCodes.PatternMismatch, RuleSeverity.Error, columns[i].Name, record.RawValues[i],
                    EtlMessages.Format(EtlMessages.PatternMismatch, context.DisplayColumn(record, i), record.RawValues[i])));
            }
        }
    }
}
