using System.Diagnostics;
using Observatory.DuckDb;
using Observatory.Warehouse.Disclosure.Audit.Internal;

namespace Observatory.Warehouse.Disclosure.Audit;

/// <summary>
/// The disclosure audit: an attacker, independent of the suppression code, that reads the <c>pub</c> tables of a build
/// exactly as served and reports every hidden number it can determine exactly.
/// </summary>
/// <remarks>
/// <para>The attacker's model (also in <c>etl/README.md</c>, "The disclosure audit"):</para>
/// <list type="number">
/// <item>Unknowns: every hidden published number (value, numerator, denominator, unit count of a row; index, component
/// value and z-score of a <c>pub.tension</c> row) and latent cells that a formula or a hierarchy names but that are not
/// published. Rows with status <c>missing</c> are not targets, but their numbers are unknowns.</item>
/// <item>Additivity, checked on the data: per column (indicator × field) and hierarchy (DEP → REG, REG → NAT, métier
/// group = Σ base members or a published sub-group plus the other members), parent = Σ children is assumed only if it
/// holds (relative 1e-9) on every family whose cells are all shown, and on at least one with two children or more. A
/// column never published at group level is checked through a value-only formula published there, its operands summed
/// over the group's members.</item>
/// <item>Linked quantities, checked on the data: two columns equal on every cell where both are shown (at least five
/// cells, two distinct values) are one unknown; a column constant across métiers at a territory × period that equals the
/// sum over métiers of another column is that total.</item>
/// <item>Ratios: value = scale · num / den (scale inferred from shown rows); a known value gives the linear equation
/// num − (value / scale) · den = 0, known operands give the value. Value-only indicators whose formula reads
/// <c>(a + …) / d</c> are matched to published counts and kept when they hold on the data.</item>
/// <item>Composite: z = dir · (x − mean) / sd with the published reference moments, and index = Σ w z / Σ w over the
/// principal components, both checked on shown rows.</item>
/// <item>Solving: a fixpoint of single-unknown equations, non-negativity (non-negative unknowns of one sign summing to
/// 0 are 0), ratio propagation, and exact determinability by sparse Gauss–Jordan elimination over each connected
/// component of unknowns (a unit vector in the row space), checked against the component's equations.</item>
/// <item>Targets: every hidden number of a <c>secret</c> cell (for an analyst: outside their department, whose true
/// values from <c>fct_indicator_values</c> they know).</item>
/// </list>
/// <para>Not modelled: intervals (the frequency rule's thresholds, the tension level's class bounds), integrality of
/// counts, rounding, and any quantity not in the <c>pub</c> tables.</para>
/// </remarks>
public static class DisclosureAudit
{
    /// <summary>Runs one attacker: anonymous, or the analyst of <see cref="DisclosureAuditOptions.KnownDepartment"/>.</summary>
    public static DisclosureAuditResult Run(DuckDbConnection connection, DisclosureAuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var surface = PublishedSurface.Read(connection);
        var session = new AuditSession(surface);
        var result = options.KnownDepartment is { } department
            ? session.Analyst(department, PublishedSurface.ReadDepartmentTruth(connection, department))
            : session.Anonymous();
        return Confirmed(result, TruthCheck.Read(connection), new DepartmentSupport(surface)) with { Elapsed = clock.Elapsed };
    }

    /// <summary>
    /// Runs the anonymous attacker and one analyst per department present in <c>pub.indicator_values</c>; each analyst
    /// starts from the anonymous result and re-solves only what their department's true values touch.
    /// </summary>
    public static DisclosureAuditReport RunAll(DuckDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var clock = Stopwatch.StartNew();
        var surface = PublishedSurface.Read(connection);
        var session = new AuditSession(surface);
        var truth = PublishedSurface.ReadDepartmentTruth(connection, null)
            .GroupBy(row => row.Territory, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var analysts = surface.Values
            .Where(row => row.Level == "DEP")
            .Select(row => row.Territory)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToDictionary(d => d, d => session.Analyst(d, truth.GetValueOrDefault(d) ?? []), StringComparer.Ordinal);
        var check = TruthCheck.Read(connection);
        var support = new DepartmentSupport(surface);
        return new DisclosureAuditReport
        {
            Anonymous = Confirmed(session.Anonymous(), check, support),
            Analysts = analysts.ToDictionary(a => a.Key, a => Confirmed(a.Value, check, support), StringComparer.Ordinal),
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Keeps the recoveries that are disclosures: derived values equal to the true ones (an attacker's hypothesis the
    /// hidden cells do not satisfy gives a wrong value, counted in <see cref="DisclosureAuditResult.WrongDerivations"/>),
    /// and, for an analyst, outside the cells made only of their own department's rows.
    /// </summary>
    private static DisclosureAuditResult Confirmed(DisclosureAuditResult result, TruthCheck check, DepartmentSupport support)
    {
        var own = result.KnownDepartment is { } department ? result.Recovered.Where(c => support.IsOwn(c, department)).ToHashSet() : [];
        var kept = result.Recovered.Where(c => !own.Contains(c) && check.Confirms(c)).ToList();
        return result with { Recovered = kept, WrongDerivations = result.Recovered.Count - own.Count - kept.Count };
    }
}
