namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>The equations and ratio relations over representatives (linked variables merged), with their incidence.</summary>
internal sealed class EquationSystem
{
    private EquationSystem(int variables, List<Equation> equations, List<RatioRelation> relations, bool[] nonNegative)
    {
        Equations = equations;
        Relations = relations;
        NonNegative = nonNegative;
        EquationsOf = Incidence(variables, equations.Select(e => (IEnumerable<int>)e.Variables));
        RelationsOf = Incidence(variables, relations.Select(r => r.Numerators.Append(r.Denominator).Append(r.Value)));
    }

    public List<Equation> Equations { get; }

    public List<RatioRelation> Relations { get; }

    /// <summary>Per representative: the ids of the equations it appears in.</summary>
    public int[][] EquationsOf { get; }

    public int[][] RelationsOf { get; }

    /// <summary>Per representative: the quantity cannot be negative (a count, an operand or a rate).</summary>
    public bool[] NonNegative { get; }

    public static EquationSystem Build(AttackModel model, DisjointSets links)
    {
        var count = model.Table.Count;
        var nonNegative = new bool[count];
        for (var v = 0; v < count; v++)
        {
            nonNegative[links.Find(v)] |= model.Table.Columns[model.Table.ColumnOf[v]].IsNonNegative;
        }

        var equations = model.Equations.Select(e => e.Canonical(links.Find)).OfType<Equation>().ToList();
        var relations = model.Relations.Select(r => r.Canonical(links.Find)).ToList();
        return new EquationSystem(count, equations, relations, nonNegative);
    }

    /// <summary>The same system with equations learned by a run (the linearized ratios) added.</summary>
    public EquationSystem With(IEnumerable<Equation> learned) =>
        new(NonNegative.Length, Equations.Concat(learned).ToList(), Relations, NonNegative);

    private static int[][] Incidence(int count, IEnumerable<IEnumerable<int>> items)
    {
        var lists = new List<int>?[count];
        var id = 0;
        foreach (var variables in items)
        {
            foreach (var v in variables.Distinct())
            {
                (lists[v] ??= []).Add(id);
            }

            id++;
        }

        return lists.Select(l => l?.ToArray() ?? []).ToArray();
    }
}
