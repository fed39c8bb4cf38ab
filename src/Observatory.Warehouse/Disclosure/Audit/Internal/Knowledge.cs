namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// How a value became known: the rule of the last step, a short English derivation, and the rules used anywhere along
/// the way (a bit per <see cref="DisclosureLeakKind"/>).
/// </summary>
internal readonly record struct Derivation(DisclosureLeakKind Kind, string How, int Rules = 0)
{
    public static int Bit(DisclosureLeakKind kind) => 1 << (int)kind;

    /// <summary>This derivation with its own rule and the rules behind its inputs.</summary>
    public Derivation Over(int inputs) => this with { Rules = Rules | inputs | Bit(Kind) };
}

/// <summary>
/// What the attacker knows, per unknown: a shared base (shown values, or what the anonymous attacker already
/// derived; NaN when unknown) and what this run learned on top of it.
/// </summary>
internal sealed class Knowledge(double[] known, int[] knownRules)
{
    private readonly Dictionary<int, (double Value, Derivation How)> _learned = [];

    public IReadOnlyDictionary<int, (double Value, Derivation How)> Learned => _learned;

    public bool IsKnown(int variable) => !double.IsNaN(known[variable]) || _learned.ContainsKey(variable);

    public bool IsBase(int variable) => !double.IsNaN(known[variable]);

    public double Value(int variable) => !double.IsNaN(known[variable]) ? known[variable] : _learned[variable].Value;

    public void Learn(int variable, double value, Derivation how) => _learned.Add(variable, (value, how));

    /// <summary>The rules behind a known value (0 for a value shown as such).</summary>
    public int Rules(int variable) => _learned.TryGetValue(variable, out var learned) ? learned.How.Rules : knownRules[variable];

    /// <summary>The base with everything learned written in (the next attacker's starting point).</summary>
    public (double[] Values, int[] Rules) Merged()
    {
        var merged = (double[])known.Clone();
        var rules = (int[])knownRules.Clone();
        foreach (var (variable, (value, how)) in _learned)
        {
            merged[variable] = value;
            rules[variable] = how.Rules;
        }

        return (merged, rules);
    }
}
