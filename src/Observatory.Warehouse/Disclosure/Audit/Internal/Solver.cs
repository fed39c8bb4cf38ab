namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// Iterates to a fixpoint: single-unknown equations, the non-negativity rule, ratio propagation (a known value
/// linearizes its relation; known operands give the value), then exact linear determinability by elimination over
/// each connected component of unknowns touched since the last pass.
/// </summary>
internal sealed class Solver(EquationSystem system, Knowledge knowledge)
{
    private readonly List<Equation> _extra = [];
    private readonly Dictionary<int, List<int>> _extraOf = [];
    private readonly HashSet<int> _linearized = [];
    private readonly Queue<int> _variables = new();
    private readonly Queue<int> _equations = new();
    private readonly HashSet<int> _touched = [];
    private bool _linearizeBase;

    /// <summary>Equations this run added (linearized ratios whose value it learned or that were shown).</summary>
    public IReadOnlyList<Equation> LearnedEquations => _extra;

    public int InconsistentComponents { get; private set; }

    /// <summary>Solves everything from the base knowledge (the anonymous attacker).</summary>
    public void RunAll()
    {
        _linearizeBase = true;
        for (var r = 0; r < system.Relations.Count; r++)
        {
            CheckRelation(r);
        }

        for (var e = 0; e < system.Equations.Count; e++)
        {
            _equations.Enqueue(e);
            _touched.Add(e);
        }

        Iterate();
    }

    /// <summary>Solves what follows from newly learned values (the analyst on top of the anonymous attacker).</summary>
    public void Run(IEnumerable<int> learned)
    {
        foreach (var v in learned)
        {
            _variables.Enqueue(v);
        }

        Iterate();
    }

    private void Iterate()
    {
        while (true)
        {
            Propagate();
            if (_touched.Count == 0)
            {
                return;
            }

            var seeds = _touched.ToList();
            _touched.Clear();
            var found = 0;
            foreach (var component in Components(seeds))
            {
                var solved = SparseElimination.Solve(component.Select(EquationAt).ToList(), knowledge, system.NonNegative);
                if (solved is null)
                {
                    InconsistentComponents++;
                    continue;
                }

                foreach (var (variable, value, how) in solved)
                {
                    if (!knowledge.IsKnown(variable))
                    {
                        Learn(variable, value, how);
                        found++;
                    }
                }
            }

            if (found == 0 && _variables.Count == 0)
            {
                return;
            }
        }
    }

    private void Propagate()
    {
        while (_variables.Count > 0 || _equations.Count > 0)
        {
            if (_equations.Count > 0)
            {
                Resolve(EquationAt(_equations.Dequeue()));
                continue;
            }

            var v = _variables.Dequeue();
            foreach (var e in EquationsOf(v))
            {
                _equations.Enqueue(e);
                _touched.Add(e);
            }

            foreach (var r in system.RelationsOf[v])
            {
                CheckRelation(r);
            }
        }
    }

    private void Resolve(Equation equation)
    {
        var rhs = equation.Constant;
        var scale = Math.Abs(equation.Constant);
        int unknowns = 0, last = -1, positive = 0, negative = 0;
        var allNonNegative = true;
        for (var i = 0; i < equation.Variables.Length; i++)
        {
            var v = equation.Variables[i];
            if (knowledge.IsKnown(v))
            {
                var term = equation.Coefficients[i] * knowledge.Value(v);
                rhs -= term;
                scale = Math.Max(scale, Math.Abs(term));
                continue;
            }

            unknowns++;
            last = i;
            positive += equation.Coefficients[i] > 0 ? 1 : 0;
            negative += equation.Coefficients[i] < 0 ? 1 : 0;
            allNonNegative &= system.NonNegative[v];
        }

        if (unknowns == 1)
        {
            Learn(equation.Variables[last], rhs / equation.Coefficients[last],
                new Derivation(equation.Kind, equation.Label + "; the other terms known").Over(InputRules(equation.Variables) | equation.Rules));
        }
        else if (unknowns > 1 && allNonNegative && (positive == 0 || negative == 0)
                 && Math.Abs(rhs) <= Tolerance.Hypothesis * Math.Max(1, scale))
        {
            for (var i = 0; i < equation.Variables.Length; i++)
            {
                if (!knowledge.IsKnown(equation.Variables[i]))
                {
                    Learn(equation.Variables[i], 0, new Derivation(DisclosureLeakKind.NonNegativity,
                        equation.Label + "; the unknown non-negative terms sum to 0").Over(InputRules(equation.Variables) | equation.Rules));
                }
            }
        }
    }

    private void CheckRelation(int id)
    {
        var relation = system.Relations[id];
        if (knowledge.IsKnown(relation.Value))
        {
            if ((_linearizeBase || !knowledge.IsBase(relation.Value)) && _linearized.Add(id))
            {
                AddEquation(relation.Linearize(knowledge.Value(relation.Value), knowledge.Rules(relation.Value)));
            }

            return;
        }

        if (!knowledge.IsKnown(relation.Denominator) || relation.Numerators.Any(n => !knowledge.IsKnown(n)))
        {
            return;
        }

        var denominator = knowledge.Value(relation.Denominator);
        if (denominator != 0)
        {
            Learn(relation.Value, relation.Scale * relation.Numerators.Sum(knowledge.Value) / denominator,
                new Derivation(relation.Kind, relation.Label + " with both operands known")
                    .Over(InputRules(relation.Numerators.Append(relation.Denominator))));
        }
    }

    private void AddEquation(Equation equation)
    {
        var id = system.Equations.Count + _extra.Count;
        _extra.Add(equation);
        foreach (var v in equation.Variables)
        {
            if (!_extraOf.TryGetValue(v, out var list))
            {
                _extraOf[v] = list = [];
            }

            list.Add(id);
        }

        _equations.Enqueue(id);
        _touched.Add(id);
    }

    /// <summary>The rules behind the known values among <paramref name="variables"/>.</summary>
    private int InputRules(IEnumerable<int> variables) =>
        variables.Where(knowledge.IsKnown).Aggregate(0, (rules, v) => rules | knowledge.Rules(v));

    private void Learn(int variable, double value, Derivation how)
    {
        knowledge.Learn(variable, value, how);
        _variables.Enqueue(variable);
    }

    private Equation EquationAt(int id) =>
        id < system.Equations.Count ? system.Equations[id] : _extra[id - system.Equations.Count];

    private IEnumerable<int> EquationsOf(int variable) =>
        _extraOf.TryGetValue(variable, out var extra) ? system.EquationsOf[variable].Concat(extra) : system.EquationsOf[variable];

    /// <summary>The connected components of unknowns reached from the seed equations (each as equation ids).</summary>
    private List<List<int>> Components(List<int> seeds)
    {
        var components = new List<List<int>>();
        var seen = new HashSet<int>();
        var visitedVariables = new HashSet<int>();
        foreach (var seed in seeds)
        {
            if (!seen.Add(seed))
            {
                continue;
            }

            var component = new List<int>();
            var stack = new Stack<int>();
            stack.Push(seed);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                var unknown = EquationAt(e).Variables.Where(v => !knowledge.IsKnown(v)).ToList();
                if (unknown.Count == 0)
                {
                    continue;
                }

                component.Add(e);
                foreach (var v in unknown.Where(visitedVariables.Add))
                {
                    foreach (var next in EquationsOf(v).Where(seen.Add))
                    {
                        stack.Push(next);
                    }
                }
            }

            if (component.Count > 1)
            {
                components.Add(component);
            }
        }

        return components;
    }
}
