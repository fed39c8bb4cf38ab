using Observatory.GraphQL.Validation.Cost;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// Bounds checked by the limit rules (see <see cref="SpecifiedRules.WithLimits"/>), all computed over the fragment
/// graph with memoisation, never by expanding fragments.
/// </summary>
public sealed record ValidationLimits
{
    /// <summary>Deepest allowed field nesting below a root field, fragments expanded (graphql-depth-limit semantics).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Most aliases an operation may use, each fragment counted once per spread.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>Most directives allowed on one field, fragment, spread, operation or variable.</summary>
    public int MaxDirectivesPerLocation { get; init; } = 10;

    /// <summary>Highest allowed operation cost (see <see cref="CostModel"/>); 1000 as in HotChocolate.</summary>
    public long MaxCost { get; init; } = 1000;

    /// <summary>Most fields an operation may select, fragments expanded and each alias counted, lists not multiplied.</summary>
    public long MaxFieldCount { get; init; } = 1000;

    /// <summary>How operations are priced: defaults plus the per-field weights and list sizes declared in code.</summary>
    public CostModel CostModel { get; init; } = CostModel.Default;
}
