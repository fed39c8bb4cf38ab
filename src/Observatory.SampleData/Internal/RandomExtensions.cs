namespace Observatory.SampleData.Internal;

/// <summary>Small helpers for plausible values drawn from a seeded <see cref="Random"/>.</summary>
internal static class RandomExtensions
{
    /// <summary>Uniform value in [min, max).</summary>
    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    /// <summary>Multiplicative noise around 1: uniform in [1 - spread, 1 + spread).</summary>
    public static double Noise(this Random random, double spread) => random.Between(1 - spread, 1 + spread);

    /// <summary>Rounds a non-negative expectation to an integer count, never below zero.</summary>
    public static int Count(this Random random, double expected, double spread = 0.15) =>
        Math.Max(0, (int)Math.Round(expected * random.Noise(spread), MidpointRounding.AwayFromZero));

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Splits <paramref name="total"/> into parts proportional to <paramref name="weights"/>; the parts sum to the total.</summary>
    public static int[] Split(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var parts = new int[weights.Count];
        var assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            parts[i] = (int)Math.Floor(total * weights[i] / sum);
            assigned += parts[i];
        }

        for (var i = 0; assigned < total; i = (i + 1) % parts.Length)
        {
            parts[i]++;
            assigned++;
        }

        return parts;
    }
}
