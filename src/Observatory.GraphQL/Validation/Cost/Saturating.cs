namespace Observatory.GraphQL.Validation.Cost;

/// <summary>Non-negative arithmetic that stops at <see cref="long.MaxValue"/> instead of overflowing.</summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}
