namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>How a value became known: the rule of the last step and a short English derivation.</summary>
internal readonly record struct Derivation(DisclosureLeakKind Kind, string How);

/// <summary>
/// What the attacker knows, per unknown: a shared base (shown values, or what the anonymous attacker already
/// derived; NaN when unknown) and what this run learned on top of it.
/// </summary>
internal sealed class Knowledge(double[] known)
{
    private readonly Dictionary<int, (double Value, Derivation How)> _learned = [];

    public IReadOnlyDictionary<int, (double Value, Derivation How)> Learned => _learned;

    public bool IsKnown(int variable) => !double.IsNaN(known[variable]) || _learned.ContainsKey(variable);

    public bool IsBase(int variable) => !double.IsNaN(known[variable]);

    public double Value(int variable) => !double.IsNaN(known[variable]) ? known[variable] : _learned[variable].Value;

    public void Learn(int variable, double value, Derivation how) => _learned.Add(variable, (value, how));

    /// <summary>The base with everything learned written in (the next attacker's starting point).</summary>
    public double[] Merged()
    {
        var merged = (double[])known.Clone();
        foreach (var (variable, (value, _)) in _learned)
        {
            merged[variable] = value;
        }

        return merged;
    }
}
