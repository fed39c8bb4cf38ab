using Observatory.Api.Data;
using Observatory.Core.Values;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Execution;

namespace Observatory.Api.Schema;

/// <summary>The tension index and comparison types.</summary>
internal static class TensionTypes
{
    /// <summary>Why <c>referenceYear</c> (on Edition and TensionRanking) is deprecated: one wording for both.</summary>
    public const string ReferenceYearDeprecation = "Le panel de référence est une période : referenceFirstYear–referenceLastYear.";

    public static SchemaBuilder Add(SchemaBuilder builder) => builder
        .Object("TensionRanking", t => t
            .Description("Les métiers d'un territoire classés par indice de tension. / Métiers of a territory ranked by tension index.")
            .Field("territory", "Territory!")
            .Field("year", "Int!")
            .Field("referenceYear", "Int").Description("Dernière année du panel de référence. / Last year of the reference panel.")
                .Deprecated(ReferenceYearDeprecation)
            .Field("referenceFirstYear", "Int", c => RequestScope.Of(c).Catalog.Edition.ReferenceFirstYear)
                .Description("Première année du panel de référence (tous les métiers FAP de France). / First year of the reference panel (every FAP métier of France).")
            .Field("referenceLastYear", "Int", c => RequestScope.Of(c).Catalog.Edition.ReferenceYear)
                .Description("Dernière année du panel de référence. / Last year of the reference panel.")
            .Field("entries", "[TensionEntry!]!"))
        .Object("TensionEntry", t => t
            .Description("L'indice composite de tension d'un métier dans un territoire. / Composite tension index of a métier in a territory.")
            .Field("rank", "Int", c => c.Parent<TensionEntryView>().Rank)
            .Field("metier", "Metier!", c => RequestScope.Of(c).Catalog.Metier(Row(c).Metier))
            .Field("territory", "Territory!", c => RequestScope.Of(c).Catalog.Territory(Row(c).TerritoryLevel, Row(c).Territory))
            .Field("year", "Int!", c => int.Parse(Row(c).Period, System.Globalization.CultureInfo.InvariantCulture))
            .Field("index", "Float", c => Row(c).Index)
            .Field("level", "Int", c => Row(c).Level).Description("1 très faible … 5 très forte. / 1 very low … 5 very high.")
            .Field("label", "String", c => Row(c).Label)
            .Field("status", "ValueStatus!", c => ValueStatuses.ToGraphQL(Row(c).Status))
            .Field("disclosureReason", "String", c => Row(c).DisclosureReason)
            .Description("Pourquoi l'indice n'est pas publié (low_volume, source, ou le motif de la composante masquée), null s'il l'est. / Why the index is not published.")
            .Field("coverage", "Float!", c => Row(c).Coverage)
                .Description("Part des départements du territoire couverts par les sources de l'indice ; sous 1, statut PARTIAL. / Share of departments covered.")
            .Field("footnotes", "[String!]!", c => DisclosureReasons.Note(Row(c).Status, Row(c).DisclosureReason, persons: false,
                Coverage.FromShare(Row(c).Coverage, Row(c).CoveredTerritories)) is { } note
                ? new List<string> { note }
                : new List<string>())
            .Field("components", "[TensionComponent!]!", c =>
            {
                var catalog = RequestScope.Of(c).Catalog;
                var hidden = Row(c).DisclosureReason is not null;
                var shown = Row(c).Components.Select(k => new TensionComponentView(catalog.Indicator(k.Indicator), k, Hidden: hidden)).ToList();
                // every dimension the catalogue declares is returned: those this edition does not compute say why
                shown.AddRange(catalog.TensionDimensions
                    .Where(d => !d.Computed && shown.All(k => k.Row.Indicator != d.Indicator))
                    .Select(d => new TensionComponentView(catalog.Indicator(d.Indicator), new TensionComponentRow(d.Indicator, d.Role, null, null, null),
                        d.Reason ?? "Dimension non calculée dans cette édition.")));
                return shown;
            })
            .Field("fallback", "TensionFallback", c => Fallback(c))
            .Field("official", "TensionOfficial", c => Row(c).OfficialStatus is null ? null : Row(c))
                .Description("Niveau officiel DARES / France Travail du même groupe, territoire et année ; null si le fichier officiel n'a pas la cellule. / Official level; null when the official file has no such cell."))
        .Object("TensionComponent", t => t
            .Field("indicator", "Indicator!", c => c.Parent<TensionComponentView>().Indicator)
            .Field("role", "String!", c => c.Parent<TensionComponentView>().Row.Role)
            .Field("value", "Float", c => c.Parent<TensionComponentView>().Row.Value)
            .Field("zScore", "Float", c => c.Parent<TensionComponentView>().Row.ZScore)
            .Field("level", "Int", c => c.Parent<TensionComponentView>().Row.Level)
            .Field("status", "ValueStatus!", c => ComponentStatus(c.Parent<TensionComponentView>()))
                .Description("OK, SECRET (masquée avec l'indice) ou MISSING (dimension non calculée : voir reason). / Component status.")
            .Field("reason", "String", c => c.Parent<TensionComponentView>().MissingReason)
                .Description("Pourquoi la dimension n'est pas calculée dans cette édition. / Why the dimension is not computed."))
        .Object("TensionFallback", t => t
            .Description("Indice du territoire parent quand la cellule est secrète. / Parent territory's index when the cell is secret.")
            .Field("territory", "Territory!")
            .Field("index", "Float")
            .Field("level", "Int"))
        .Object("Comparison", t => t
            .Description("Une valeur comparée à la région, à la France et aux départements de la région. / A value compared.")
            .Field("indicator", "Indicator!")
            .Field("metier", "Metier!")
            .Field("period", "String!")
            .Field("territory", "ComparisonRow!")
            .Field("region", "ComparisonRow")
            .Field("france", "ComparisonRow")
            .Field("departments", "[ComparisonRow!]!").Description("Classés par valeur décroissante. / Ranked by value, descending."))
        .Object("ComparisonRow", t => t
            .Field("territory", "Territory!")
            .Field("value", "Float")
            .Field("status", "ValueStatus!", c => ValueStatuses.ToGraphQL(c.Parent<ComparisonRowView>().Status))
            .Field("rank", "Int")
            .Field("coverageLabel", "String", c => c.Parent<ComparisonRowView>().Partial?.Label)
                .Description("« départements chargés (n/N) » quand la région ou la France n'est couverte qu'en partie (statut PARTIAL) : ce n'est pas le total du territoire. / Set for a partial total."));

    private static TensionRow Row(ResolveContext context) => context.Parent<TensionEntryView>().Row;

    private static string ComponentStatus(TensionComponentView view) =>
        view.MissingReason is not null ? "MISSING" : view.Row.Value is not null ? "OK" : view.Hidden ? "SECRET" : "MISSING";

    private static TensionFallbackView? Fallback(ResolveContext context)
    {
        var row = Row(context);
        if (row.FallbackTerritory is null || row.FallbackLevel is null)
        {
            return null;
        }

        var territory = RequestScope.Of(context).Catalog.Territory(row.FallbackLevel, row.FallbackTerritory);
        return territory is null ? null : new TensionFallbackView(territory, row.FallbackIndex, row.FallbackTensionLevel);
    }
}
