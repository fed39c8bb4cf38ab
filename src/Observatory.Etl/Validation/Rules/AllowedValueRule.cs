using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation.Rules;

/// <summary><c>allowed:</c> (schemas/README.md §2.2): the normalised value must be one of a closed list.</summary>
public sealed class AllowedValueRule : IRowRule
{
    public void Validate(TypedRecord record, RowRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        var columns = context.Layout.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            var allowed = columns[i].Allowed;
            if (allowed.Count == 0 || record.Values[i] is not string value || allowed.Contains(value, StringComparer.Ordinal))
            {
                continue;
            }

            record.Add(new RowIssue(EtlIssueCodes.ValueNotAllowed, RuleSeverity.Error, columns[i].Name, record.RawValues[i] ?? value,
                EtlMessages.Format(EtlMessages.ValueNotAllowed, context.DisplayColumn(record, i), record.RawValues[i] ?? value, string.Join(", ", allowed))));
        }
    }
}
