namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>The numeric tolerances of the attacker.</summary>
internal static class Tolerance
{
    /// <summary>Relative tolerance of a hypothesis checked on shown cells.</summary>
    public const double Hypothesis = 1e-9;

    /// <summary>Minimum number of shown cells that must agree before a linked quantity is assumed.</summary>
    public const int MinimumAgreement = 5;

    public static bool Same(double a, double b) =>
        Math.Abs(a - b) <= Hypothesis * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
}
