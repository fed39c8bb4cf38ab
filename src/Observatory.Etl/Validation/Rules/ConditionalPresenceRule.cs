using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation.Rules;

/// <summary>
/// <c>when: { column: c, in: [values] }</c> with <c>filled: [columns]</c> or <c>blank: [columns]</c>
/// (schemas/README.md §2.4): on the rows whose normalised <c>c</c> is one of the values, every listed column
/// has a value (filled) or none (blank). One issue per column that breaks it, on that column.
/// </summary>
public sealed class ConditionalPresenceRule : IRowRule
{
    public void Validate(TypedRecord record, RowRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var rule in context.Layout.Contract.Rules)
        {
            if (rule.Kind != RuleKind.Presence || rule.When is not { } when || !Applies(record, context.Layout, when))
            {
                continue;
            }

            foreach (var name in rule.Columns)
            {
                var i = context.Layout.IndexOf(name);
                if ((record.Values[i] is not null) != rule.MustBeFilled)
                {
                    record.Add(new RowIssue(EtlIssueCodes.InconsistentValues, rule.Severity, name, record.RawValues[i], rule.MessageFr));
                }
            }
        }
    }

    private static bool Applies(TypedRecord record, ColumnLayout layout, RuleCondition when) =>
        record.Values[layout.IndexOf(when.Column)] is string value && when.Values.Contains(value, StringComparer.Ordinal);
}
