using Observatory.DuckDb;

namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// The true values behind the publication (<c>fct_indicator_values</c>, when the audited database has it): a
/// derivation that lands on another value came from a hypothesis the hidden cells do not satisfy (the attacker
/// would be wrong), so it is not a recovery. Without the table every derivation counts.
/// </summary>
internal sealed class TruthCheck
{
    private readonly Dictionary<(string, string, string, string, string, string), double> _truth = [];

    private TruthCheck()
    {
    }

    public static TruthCheck Read(DuckDbConnection connection)
    {
        var check = new TruthCheck();
        using (var exists = connection.Query("select count(*) from duckdb_tables() where database_name = current_database() and schema_name = 'main' " +
            "and table_name = 'fct_indicator_values'"))
        {
            if (Convert.ToInt64(exists.Rows().Single()[0], System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return check;
            }
        }

        using var result = connection.Query(
            "select indicator_code, metier_code, territory_level, territory_code, period_code::varchar, " +
            "value::double, numerator::double, denominator::double, unit_count::double from fct_indicator_values");
        string[] fields = ["value", "numerator", "denominator", "unit_count"];
        foreach (var row in result.Rows())
        {
            for (var f = 0; f < fields.Length; f++)
            {
                if (row[5 + f] is double number)
                {
                    check._truth[((string)row[0]!, (string)row[1]!, (string)row[2]!, (string)row[3]!, (string)row[4]!, fields[f])] = number;
                }
            }
        }

        return check;
    }

    /// <summary>Whether <paramref name="cell"/>'s derived value is the true one (or no true value is known).</summary>
    public bool Confirms(RecoveredCell cell) =>
        !_truth.TryGetValue((cell.Indicator, cell.Metier, cell.TerritoryLevel, cell.Territory, cell.Period, cell.Field), out var truth)
        || Tolerance.Same(truth, cell.Value);
}
