namespace Observatory.Etl.Validation;

/// <summary>A check applied to every typed record; it adds <see cref="RowIssue"/>s, never throws for bad data.</summary>
public interface IRowRule
{
    void Validate(TypedRecord record, RowRuleContext context);
}
