using System.Globalization;
using Observatory.DuckDb;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>
/// Hand-built <c>pub</c> tables in an in-memory DuckDB: France (FR) → regions R1 (D1, D2, D3) and R2 (D4, D5); base
/// métiers X, Y, Z and the group X+Y. Counts and ratios are written at every level from department values, so that
/// the hierarchies add up; <c>fct_indicator_values</c> keeps the true values for the analyst.
/// </summary>
internal sealed class PubTables : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string[]> Regions = new Dictionary<string, string[]>
    {
        ["R1"] = ["D1", "D2", "D3"],
        ["R2"] = ["D4", "D5"],
    };

    /// <summary>Periods written fully shown so that the attacker can check its hypotheses.</summary>
    public static readonly string[] History = ["2010", "2011", "2012", "2013", "2014", "2015"];

    private readonly DuckDbDatabase _database = DuckDbDatabase.Open(null);

    public PubTables()
    {
        Connection = _database.Connect();
        Connection.Execute("""
            create schema pub;
            create table pub.indicator_values (indicator varchar, metier varchar, territory varchar, territory_level varchar,
                period varchar, value double, status varchar, disclosure_reason varchar, numerator double, denominator double,
                unit_count bigint);
            create table pub.tension (metier varchar, territory varchar, territory_level varchar, period varchar,
                "index" double, status varchar,
                components struct(indicator_code varchar, role varchar, value double, z_score double, level integer)[]);
            create table pub.tension_reference (indicator varchar, component_role varchar, weight double,
                reference_mean double, reference_stddev double);
            create table pub.indicators (indicator varchar, direction varchar, formula varchar);
            create table pub.territories (territory varchar, territory_level varchar, parent_level varchar, parent_territory varchar);
            create table pub.metiers (metier varchar, is_group boolean, member_codes varchar);
            create table fct_indicator_values (indicator_code varchar, metier_code varchar, territory_level varchar,
                territory_code varchar, period_code varchar, value double, numerator double, denominator double, unit_count bigint);
            insert into pub.metiers values ('X', false, 'X'), ('Y', false, 'Y'), ('Z', false, 'Z'), ('X+Y', true, 'X,Y');
            insert into pub.territories values ('FR', 'NAT', null, null);
            """);
        foreach (var (region, departments) in Regions)
        {
            Connection.Execute($"insert into pub.territories values ('{region}', 'REG', 'NAT', 'FR')");
            foreach (var department in departments)
            {
                Connection.Execute($"insert into pub.territories values ('{department}', 'DEP', 'REG', '{region}')");
            }
        }
    }

    public DuckDbConnection Connection { get; }

    public static IEnumerable<string> Departments => Regions.Values.SelectMany(d => d);

    /// <summary>A deterministic department value (5 … 44) that varies with every coordinate.</summary>
    public static double Seeded(string metier, string department, string period) =>
        5 + ((metier.Sum(c => c) * 7) + (department.Sum(c => c) * 13) + (period.Sum(c => c) * 3) + (metier.Length * department.Length)) % 40;

    public void Indicator(string code, string direction = "none", string formula = "") =>
        Connection.Execute($"insert into pub.indicators values ({Text(code)}, {Text(direction)}, {Text(formula)})");

    /// <summary>
    /// A count over <paramref name="metiers"/> (base métiers; the group X+Y is added when X and Y are both given) at
    /// every territory level. <paramref name="hidden"/> lists <c>metier@territory</c> cells written as secret.
    /// </summary>
    public void Count(string indicator, string period, Func<string, string, double> value, string[] metiers, params string[] hidden) =>
        Write(indicator, period, metiers, hidden, [], (m, d) => (value(m, d), 0), isRatio: false, scale: 1);

    /// <summary>
    /// A ratio scale · numerator / denominator. <paramref name="hidden"/> cells are secret with every number null;
    /// <paramref name="operandsHidden"/> cells are secret with the value shown and the operands null.
    /// </summary>
    public void Ratio(
        string indicator, string period, Func<string, string, double> numerator, Func<string, string, double> denominator,
        string[] metiers, string[] hidden, string[]? operandsHidden = null, double scale = 1) =>
        Write(indicator, period, metiers, hidden, operandsHidden ?? [], (m, d) => (numerator(m, d), denominator(m, d)), isRatio: true, scale);

    /// <summary>One row as given (null numbers are hidden when the status is secret).</summary>
    public void Row(string indicator, string metier, string level, string territory, string period,
        double? value, string status = "ok", double? numerator = null, double? denominator = null)
    {
        Connection.Execute("insert into pub.indicator_values values (" +
            $"{Text(indicator)}, {Text(metier)}, {Text(territory)}, {Text(level)}, {Text(period)}, {Number(value)}, {Text(status)}, " +
            $"{(status == "ok" ? "null" : "'frequency'")}, {Number(numerator)}, {Number(denominator)}, null)");
    }

    public void Truth(string indicator, string metier, string level, string territory, string period, double? value,
        double? numerator = null, double? denominator = null) =>
        Connection.Execute("insert into fct_indicator_values values (" +
            $"{Text(indicator)}, {Text(metier)}, {Text(level)}, {Text(territory)}, {Text(period)}, {Number(value)}, " +
            $"{Number(numerator)}, {Number(denominator)}, null)");

    public void Reference(string indicator, string role, double weight, double mean, double stddev) =>
        Connection.Execute($"insert into pub.tension_reference values ({Text(indicator)}, {Text(role)}, {Number(weight)}, {Number(mean)}, {Number(stddev)})");

    public void Tension(string metier, string level, string territory, string period, double? index, string status,
        params (string Indicator, string Role, double? Value, double? ZScore)[] components)
    {
        var list = string.Join(", ", components.Select(c =>
            $"{{'indicator_code': {Text(c.Indicator)}, 'role': {Text(c.Role)}, 'value': {Number(c.Value)}, 'z_score': {Number(c.ZScore)}, 'level': null}}"));
        Connection.Execute($"insert into pub.tension values ({Text(metier)}, {Text(territory)}, {Text(level)}, {Text(period)}, " +
            $"{Number(index)}, {Text(status)}, [{list}])");
    }

    public void Dispose()
    {
        Connection.Dispose();
        _database.Dispose();
    }

    private void Write(
        string indicator, string period, string[] metiers, string[] hidden, string[] operandsHidden,
        Func<string, string, (double A, double B)> department, bool isRatio, double scale)
    {
        var all = metiers.Contains("X") && metiers.Contains("Y") ? metiers.Append("X+Y").ToArray() : metiers;
        foreach (var metier in all)
        {
            var members = metier.Split('+');
            (double A, double B) Sum(IEnumerable<string> departments) => (
                departments.Sum(d => members.Sum(m => department(m, d).A)),
                departments.Sum(d => members.Sum(m => department(m, d).B)));

            var cells = Departments.Select(d => (Level: "DEP", Territory: d, Numbers: Sum([d])))
                .Concat(Regions.Select(r => (Level: "REG", Territory: r.Key, Numbers: Sum(r.Value))))
                .Append((Level: "NAT", Territory: "FR", Numbers: Sum(Departments)));
            foreach (var (level, territory, (a, b)) in cells)
            {
                var key = $"{metier}@{territory}";
                double? value = isRatio ? scale * a / b : a;
                if (hidden.Contains(key))
                {
                    Row(indicator, metier, level, territory, period, null, "secret");
                }
                else if (operandsHidden.Contains(key))
                {
                    Row(indicator, metier, level, territory, period, value, "secret");
                }
                else
                {
                    Row(indicator, metier, level, territory, period, value, "ok", a, isRatio ? b : null);
                }

                Truth(indicator, metier, level, territory, period, value, a, isRatio ? b : null);
            }
        }
    }

    private static string Text(string? text) => text is null ? "null" : $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Number(double? number) => number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : "null";
}
