using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation.Rules;

/// <summary>
/// <c>reference: { list, unknown }</c> (schemas/README.md §2.2): the normalised code must exist in
/// <c>schemas/reference/&lt;list&gt;.csv</c>; an unknown code is an error, a warning, or kept
/// silently, as the contract says.
/// </summary>
public sealed class KnownCodeRule : IRowRule
{
    public void Validate(TypedRecord record, RowRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        var columns = context.Layout.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Reference is not { } reference || reference.Unknown == UnknownCodePolicy.Keep
                || record.Values[i] is not string code || context.Reference.Contains(reference.List, code))
            {
                continue;
            }

            var severity = reference.Unknown == UnknownCodePolicy.Error ? RuleSeverity.Error : RuleSeverity.Warning;
            record.Add(new RowIssue(EtlIssueCodes.UnknownCode, severity, columns[i].Name, record.RawValues[i] ?? code,
                EtlMessages.Format(EtlMessages.UnknownCode, context.DisplayColumn(record, i), record.RawValues[i] ?? code, reference.List)));
        }
    }
}
