using Observatory.Api.Data;
using Observatory.GraphQL.Errors;

namespace Observatory.Api.Schema;

/// <summary>
/// Rejects a filter naming a code the edition does not know, instead of matching nothing in silence. GraphQL's ID type
/// accepts a number (<c>territories: [1]</c> becomes "1"), so the message says the codes are strings as the publishers
/// write them (<c>"01"</c>, not <c>1</c>).
/// </summary>
internal static class FilterCodes
{
    public static void Check(ObservationFilter filter, EditionCatalog catalog)
    {
        var problems = new List<string>();
        var territories = filter.Territories
            .Where(code => !catalog.Territories.Any(t => t.Code == code && (filter.Level is null || t.Level == filter.Level)))
            .ToList();
        if (territories.Count > 0)
        {
            problems.Add($"territoire(s) inconnu(s){(filter.Level is null ? string.Empty : $" au niveau {filter.Level}")} : {Quoted(territories)}"
                + " — les codes sont des chaînes telles que l'INSEE les écrit : \"01\" (Ain), \"2A\", \"971\", \"84\" (région), \"FR\"");
        }

        var metiers = filter.Metiers.Where(code => catalog.Metier(code) is null).ToList();
        if (metiers.Count > 0)
        {
            problems.Add($"métier(s) inconnu(s) : {Quoted(metiers)} (voir la liste « metiers »)");
        }

        var indicators = filter.Indicators.Where(code => catalog.Indicator(code) is null).ToList();
        if (indicators.Count > 0)
        {
            problems.Add($"indicateur(s) inconnu(s) : {Quoted(indicators)} (voir la liste « indicators »)");
        }

        if (problems.Count > 0)
        {
            throw new GraphQLException("Filtre invalide : " + string.Join(" ; ", problems) + ".", "BAD_USER_INPUT");
        }
    }

    private static string Quoted(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => $"« {c} »"));
}
