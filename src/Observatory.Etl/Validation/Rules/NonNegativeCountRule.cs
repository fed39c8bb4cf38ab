using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation.Rules;

/// <summary><c>non_negative: [columns]</c> (schemas/README.md §2.4): every listed number, when present, is ≥ 0.</summary>
public sealed class NonNegativeCountRule : IRowRule
{
    public void Validate(TypedRecord record, RowRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var rule in context.Layout.Contract.Rules)
        {
            if (rule.Kind != RuleKind.NonNegative)
            {
                continue;
            }

            foreach (var name in rule.Columns)
            {
                var i = context.Layout.IndexOf(name);
                var negative = record.Values[i] switch
                {
                    long l => l < 0,
                    decimal d => d < 0,
                    _ => false,
                };
                if (negative)
                {
                    record.Add(new RowIssue(EtlIssueCodes.NegativeCount, rule.Severity, name, record.RawValues[i], rule.MessageFr));
                }
            }
        }
    }
}
