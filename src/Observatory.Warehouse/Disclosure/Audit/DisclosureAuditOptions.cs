namespace Observatory.Warehouse.Disclosure.Audit;

/// <summary>What the attacker knows besides the <c>pub</c> tables.</summary>
public sealed record DisclosureAuditOptions
{
    /// <summary>
    /// An analyst of this department (DEP code) sees its true values (<c>fct_indicator_values</c>); the audit then
    /// targets only hidden cells outside it. Null: the anonymous caller.
    /// </summary>
    public string? KnownDepartment { get; init; }
}
