namespace Observatory.GraphQL.Validation.Cost;

/// <summary>
/// The cost declared in code for one field (IBM cost spec's <c>@cost</c> and <c>@listSize</c>): its own weight and,
/// for a list field, how to estimate the number of items.
/// </summary>
public sealed record FieldCost
{
    /// <summary>The field's own weight (<c>@cost(weight:)</c>); null keeps the model's default for the field's type.</summary>
    public int? Weight { get; init; }

    /// <summary>
    /// Arguments whose value bounds the list size (<c>@listSize(slicingArguments:)</c>); a dotted path such as
    /// <c>filter.limit</c> reads a field of an input object argument. The largest value given wins.
    /// </summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = [];

    /// <summary>The list size assumed when no slicing argument is given (<c>@listSize(assumedSize:)</c>).</summary>
    public int? AssumedSize { get; init; }
}
