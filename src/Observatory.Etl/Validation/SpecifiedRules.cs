using Observatory.Etl.Validation.Rules;

namespace Observatory.Etl.Validation;

/// <summary>
/// The row rules every record goes through, in order: cell-level checks first (required, pattern,
/// allowed values, reference lists), then the contract's row rules, uniqueness last so that a
/// record already in error does not claim its key.
/// </summary>
public static class SpecifiedRules
{
    /// <summary>A fresh ordered list (rules may cache per-file state).</summary>
    public static IReadOnlyList<IRowRule> Create() =>
    [
        new RequiredValueRule(),
        new PatternMatchRule(),
        new AllowedValueRule(),
        new KnownCodeRule(),
        new NonNegativeCountRule(),
        new CheckExpressionRule(),
        new ConditionalPresenceRule(),
        new UniqueKeyRule(),
    ];
}
