using Observatory.Core.Values;
using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation.Rules;

/// <summary>
/// <c>check: "a + b &lt;= c"</c> (schemas/README.md §2.4), such as <c>xmet &lt;= met</c>. Evaluated
/// only when every operand is present with a usable status (ok, rounded, imputed): a masked
/// operand skips the rule. Dates compare by day number.
/// </summary>
public sealed class CheckExpressionRule : IRowRule
{
    public void Validate(TypedRecord record, RowRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var rule in context.Layout.Contract.Rules)
        {
            if (rule.Kind != RuleKind.Check || rule.Expression is not { } expression)
            {
                continue;
            }

            if (expression.Evaluate(name => ValueOf(record, context.Layout, name)) == false)
            {
                var first = expression.Columns.Count > 0 ? expression.Columns[0] : null;
                var raw = first is null ? null : record.RawValues[context.Layout.IndexOf(first)];
                record.Add(new RowIssue(EtlIssueCodes.ForCheck(rule.Id), rule.Severity, first, raw, rule.MessageFr));
            }
        }
    }

    private static decimal? ValueOf(TypedRecord record, ColumnLayout layout, string name)
    {
        var i = layout.IndexOf(name);
        if (record.Statuses[i] is { } status && status is not (ValueStatus.Ok or ValueStatus.Rounded or ValueStatus.Imputed))
        {
            return null;
        }

        return record.Values[i] switch
        {
            long l => l,
            decimal d => d,
            DateOnly date => date.DayNumber,
            _ => null,
        };
    }
}
