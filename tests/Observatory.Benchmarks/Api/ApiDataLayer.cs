using Observatory.Api.Data;
using Observatory.Warehouse.Access;

namespace Observatory.Benchmarks.Api;

/// <summary>
/// For the profile: the SQL the API's resolvers run for each dashboard query, called through the API's own data layer
/// (<see cref="ObservationQueries"/>, <see cref="TensionQueries"/>, <see cref="EditionCatalog"/>) without HTTP or GraphQL.
/// </summary>
internal static class ApiDataLayer
{
    private static readonly string Year = DashboardQueries.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void Run(EditionLease lease, DashboardQuery query)
    {
        var catalog = EditionCatalog.Of(lease);
        switch (query.ShortName)
        {
            case "01":
                TensionQueries.Rows(lease, [DashboardQueries.Department], "DEP", DashboardQueries.Year, components: false);
                break;
            case "02":
                var departments = catalog.Territories.Where(t => t.Level == "DEP" && t.ParentCode == DashboardQueries.Region).Select(t => t.Code).ToList();
                TensionQueries.Rows(lease, departments, "DEP", DashboardQueries.Year, components: false);
                break;
            case "03":
                Page(lease, ["recruitment_difficulty_rate"], DashboardQueries.Department, "DEP", null, [new("PERIOD", false), new("METIER", false)]);
                break;
            case "04":
                Page(lease, ["job_offers", "job_seekers_a", "tension_ratio"], DashboardQueries.Department, "DEP", Year, []);
                break;
            case "05":
                Page(lease, ["training_entrants", "training_enrolled", "training_graduates", "graduation_rate"], DashboardQueries.Region, "REG", null, [new("PERIOD", true), new("METIER", false)]);
                break;
            case "06":
                Page(lease, ["absenteeism_rate", "turnover_rate", "vacancy_rate"], DashboardQueries.Department, "DEP", Year, []);
                break;
            case "07":
                // three series through a named fragment that does not select provenance
                ObservationQueries.Series(lease, "recruitment_difficulty_rate", "IDE", DashboardQueries.Department, "DEP", null, provenance: false);
                ObservationQueries.Series(lease, "recruitment_difficulty_rate", "IDE", DashboardQueries.Region, "REG", null, provenance: false);
                ObservationQueries.Series(lease, "recruitment_difficulty_rate", "IDE", "FR", "NAT", null, provenance: false);
                break;
            case "08":
                _ = catalog.Sources.Count; // held in memory: no SQL
                break;
            case "09":
                ObservationQueries.Periods(lease, "tension_index");
                ObservationQueries.Periods(lease, "absenteeism_rate");
                ObservationQueries.Page(lease, new ObservationFilter { Indicators = ["tension_index"], Level = "DEP" }, [], null, 1, 0, provenance: false);
                break;
            case "10":
                Page(lease, ["people_accompanied", "positive_exit_rate"], DashboardQueries.Department, "DEP", null, [new("PERIOD", true), new("METIER", false)]);
                break;
            default:
                throw new InvalidOperationException($"No data-layer equivalent for {query.Name}.");
        }
    }

    private static void Page(EditionLease lease, string[] indicators, string territory, string level, string? period, ObservationOrder[] order) =>
        ObservationQueries.Page(
            lease,
            new ObservationFilter { Indicators = indicators, Territories = [territory], Level = level, From = period, To = period },
            order,
            analystDepartment: null,
            limit: 1000,
            offset: 0,
            provenance: false);
}
