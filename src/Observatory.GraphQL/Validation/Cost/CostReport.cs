namespace Observatory.GraphQL.Validation.Cost;

/// <summary>
/// The price of one operation: <see cref="Cost"/> (field weights, list fields multiplied by their estimated size)
/// and <see cref="FieldCount"/> (fields selected, fragments expanded, each alias counted, lists not multiplied).
/// Both saturate at <see cref="long.MaxValue"/>.
/// </summary>
public readonly record struct CostReport(long Cost, long FieldCount);
