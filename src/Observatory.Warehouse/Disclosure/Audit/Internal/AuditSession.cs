using System.Diagnostics;

namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// One attacker model over one build: the anonymous attack once, then analyst attacks that start from its result and
/// re-solve only the components a department's true values touch.
/// </summary>
internal sealed class AuditSession
{
    private readonly AttackModel _model;
    private readonly DisjointSets _links;
    private readonly int[] _representativeOrigin;
    private readonly EquationSystem _system;
    private readonly Knowledge _anonymous;
    private readonly (double[] Values, int[] Rules) _anonymousMerged;
    private readonly Lazy<EquationSystem> _analystSystem;
    private readonly int _equations;
    private readonly int _unknowns;
    private readonly List<(int Target, RecoveredCell Cell)> _anonymousRecovered;
    private readonly int _inconsistent;
    private readonly TimeSpan _anonymousElapsed;

    public AuditSession(PublishedSurface surface)
    {
        var clock = Stopwatch.StartNew();
        _model = AttackModelBuilder.Build(surface);
        var table = _model.Table;
        _links = new DisjointSets(table.Count);
        foreach (var (a, b) in _model.Links)
        {
            _links.Union(a, b);
        }

        var known = new double[table.Count];
        Array.Fill(known, double.NaN);
        var knownRules = new int[table.Count];
        _representativeOrigin = new int[table.Count];
        for (var v = 0; v < table.Count; v++)
        {
            var r = _links.Find(v);
            if (!double.IsNaN(table.Shown[v]) && double.IsNaN(known[r]))
            {
                known[r] = table.Shown[v];
                _representativeOrigin[r] = v;
            }
        }

        // A quantity shown in one column and hidden in another carries the linked-quantity rule into what it gives.
        for (var v = 0; v < table.Count; v++)
        {
            var r = _links.Find(v);
            if (double.IsNaN(table.Shown[v]) && !double.IsNaN(known[r]))
            {
                knownRules[r] = Derivation.Bit(DisclosureLeakKind.LinkedQuantity);
            }
        }

        _system = EquationSystem.Build(_model, _links);
        _anonymous = new Knowledge(known, knownRules);
        var solver = new Solver(_system, _anonymous);
        solver.RunAll();
        _inconsistent = solver.InconsistentComponents;
        _analystSystem = new(() => _system.With(solver.LearnedEquations));
        _equations = _system.Equations.Count + solver.LearnedEquations.Count;
        _anonymousMerged = _anonymous.Merged();
        _unknowns = Enumerable.Range(0, table.Count).Count(v => _links.Find(v) == v && !_anonymous.IsBase(v));
        _anonymousRecovered = Recover(_anonymous, _ => true);
        _anonymousElapsed = clock.Elapsed;
    }

    public DisclosureAuditResult Anonymous() =>
        Result(null, _anonymousRecovered.Select(r => r.Cell), _inconsistent, _anonymousElapsed, _ => true);

    public DisclosureAuditResult Analyst(string department, IEnumerable<ValueRow> truth)
    {
        var clock = Stopwatch.StartNew();
        var table = _model.Table;
        var knowledge = new Knowledge(_anonymousMerged.Values, _anonymousMerged.Rules);
        var learned = new List<int>();
        var analyst = new Derivation(DisclosureLeakKind.AnalystKnowledge, $"true value known to the analyst of {department}")
            .Over(0);
        foreach (var row in truth)
        {
            if (!table.TryMetierId(row.Metier, out var metier) || !table.TryTerritoryId(row.Level, row.Territory, out var territory)
                || !table.TryPeriodId(row.Period, out var period))
            {
                continue;
            }

            var cell = new Cell(metier, territory, period);
            double?[] numbers = [row.Value, row.Numerator, row.Denominator, row.UnitCount];
            for (var f = 0; f < numbers.Length; f++)
            {
                if (numbers[f] is not { } number || !table.TryColumnId(new Column(row.Indicator, AttackModelBuilder.ValueFields[f]), out var column))
                {
                    continue;
                }

                var v = table.Find(column, cell);
                if (v >= 0 && !knowledge.IsKnown(_links.Find(v)))
                {
                    knowledge.Learn(_links.Find(v), number, analyst);
                    learned.Add(_links.Find(v));
                }
            }
        }

        var solver = new Solver(_analystSystem.Value, knowledge);
        solver.Run(learned);
        bool OutsideCell(int cell) => table.Territories[table.Cells[cell].Territory] != ("DEP", department);
        bool Outside(int target) => OutsideCell(table.CellOf[target]);
        var recovered = _anonymousRecovered.Where(r => Outside(r.Target)).Select(r => r.Cell)
            .Concat(Recover(knowledge, Outside).Select(r => r.Cell));
        return Result(department, recovered, solver.InconsistentComponents, clock.Elapsed, OutsideCell);
    }

    private DisclosureAuditResult Result(
        string? department, IEnumerable<RecoveredCell> recovered, int inconsistent, TimeSpan elapsed, Func<int, bool> targetedCell) => new()
    {
        KnownDepartment = department,
        Recovered = recovered
            .OrderBy(c => c.Indicator, StringComparer.Ordinal).ThenBy(c => c.Metier, StringComparer.Ordinal)
            .ThenBy(c => c.TerritoryLevel, StringComparer.Ordinal).ThenBy(c => c.Territory, StringComparer.Ordinal)
            .ThenBy(c => c.Period, StringComparer.Ordinal).ThenBy(c => c.Field, StringComparer.Ordinal)
            .ToList(),
        HiddenCells = _model.SecretRows.Count(targetedCell),
        HiddenNumbers = _model.Targets.Count(t => targetedCell(_model.Table.CellOf[t])),
        Equations = _equations,
        Unknowns = _unknowns,
        Hypotheses = _model.Hypotheses,
        InconsistentComponents = inconsistent,
        Elapsed = elapsed,
    };

    /// <summary>Targets whose representative this knowledge learned (or, for the base run, knows from a linked column).</summary>
    private List<(int Target, RecoveredCell Cell)> Recover(Knowledge knowledge, Func<int, bool> include)
    {
        var table = _model.Table;
        var recovered = new List<(int, RecoveredCell)>();
        foreach (var target in _model.Targets.Where(include))
        {
            var r = _links.Find(target);
            Derivation how;
            if (knowledge.Learned.TryGetValue(r, out var learned))
            {
                if (learned.How.Kind == DisclosureLeakKind.AnalystKnowledge)
                {
                    continue;
                }

                how = learned.How;
            }
            else if (knowledge == _anonymous && knowledge.IsBase(r))
            {
                how = new Derivation(DisclosureLeakKind.LinkedQuantity, $"published as {table.Describe(_representativeOrigin[r])}").Over(0);
            }
            else
            {
                continue;
            }

            var cell = table.Cells[table.CellOf[target]];
            var (level, code) = table.Territories[cell.Territory];
            var column = table.Columns[table.ColumnOf[target]];
            recovered.Add((target, new RecoveredCell(column.Indicator, table.Metiers[cell.Metier], level, code,
                table.Periods[cell.Period], column.Field, knowledge.Value(r), how.How)
            {
                Kind = how.Kind,
                Rules = Enum.GetValues<DisclosureLeakKind>().Where(k => (how.Rules & Derivation.Bit(k)) != 0).ToArray(),
            }));
        }

        return recovered;
    }
}
