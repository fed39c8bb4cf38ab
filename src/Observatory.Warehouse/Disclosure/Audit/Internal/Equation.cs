namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>Σ coefficient·variable = constant, with the rule it comes from and a short English label.</summary>
internal sealed record Equation(int[] Variables, double[] Coefficients, double Constant, DisclosureLeakKind Kind, string Label)
{
    /// <summary>Rules behind the equation itself (a linearized ratio carries those behind its value).</summary>
    public int Rules { get; init; }

    /// <summary>parent − Σ children = 0.</summary>
    public static Equation Sum(int parent, IReadOnlyList<int> children, DisclosureLeakKind kind, string label)
    {
        var variables = new int[children.Count + 1];
        var coefficients = new double[children.Count + 1];
        variables[0] = parent;
        coefficients[0] = 1;
        for (var i = 0; i < children.Count; i++)
        {
            variables[i + 1] = children[i];
            coefficients[i + 1] = -1;
        }

        return new Equation(variables, coefficients, 0, kind, label);
    }

    /// <summary>The same equation over representatives, like terms merged and zero terms dropped.</summary>
    public Equation? Canonical(Func<int, int> representative)
    {
        var terms = new Dictionary<int, double>();
        for (var i = 0; i < Variables.Length; i++)
        {
            var r = representative(Variables[i]);
            terms[r] = terms.GetValueOrDefault(r) + Coefficients[i];
        }

        var kept = terms.Where(t => Math.Abs(t.Value) > 1e-12).ToArray();
        return kept.Length == 0
            ? null
            : this with { Variables = kept.Select(t => t.Key).ToArray(), Coefficients = kept.Select(t => t.Value).ToArray() };
    }
}

/// <summary>value = scale · Σ numerators / denominator (a ratio, or a value-only indicator's formula).</summary>
internal sealed record RatioRelation(int Value, int[] Numerators, int Denominator, double Scale, DisclosureLeakKind Kind, string Label)
{
    public RatioRelation Canonical(Func<int, int> representative) => this with
    {
        Value = representative(Value),
        Numerators = Numerators.Select(representative).ToArray(),
        Denominator = representative(Denominator),
    };

    /// <summary>Σ numerators − (value / scale) · denominator = 0, once the value is known.</summary>
    public Equation Linearize(double value, int valueRules)
    {
        var variables = Numerators.Append(Denominator).ToArray();
        var coefficients = Numerators.Select(_ => 1.0).Append(-value / Scale).ToArray();
        return new Equation(variables, coefficients, 0, Kind, FormattableString.Invariant($"{Label} with the value {value:G6}")) { Rules = valueRules };
    }
}
