using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation.Rules;

/// <summary>
/// <c>nullable: false</c> (schemas/README.md §2.2): an empty or masked cell in a required column
/// is an error, in the columns the record's layout provides. A cell that failed to parse already has its own issue and is not reported twice.
/// </summary>
public sealed class RequiredValueRule : IRowRule
{
    public void Validate(TypedRecord record, RowRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(context);
        var columns = context.Layout.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (!columns[i].Nullable && record.Mapped[i] && record.Values[i] is null && !record.HasIssueOn(columns[i].Name))
            {
                record.Add(new RowIssue(EtlIssueCodes.MissingValue, RuleSeverity.Error, columns[i].Name, record.RawValues[i],
                    EtlMessages.Format(EtlMessages.MissingValue, context.DisplayColumn(record, i))));
            }
        }
    }
}
