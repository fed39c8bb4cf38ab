using Observatory.Api.Data;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Execution;

namespace Observatory.Api.Schema;

/// <summary>The root fields.</summary>
internal static class QueryType
{
    public static SchemaBuilder Add(SchemaBuilder builder) => builder.Query("Query", q => q
        .Description("Observatoire des tensions de recrutement des métiers du soin et de l'accompagnement. / Observatory of recruitment tensions in care and social jobs.")
        .Field("edition", "Edition!", c => RequestScope.Of(c).Catalog.Edition)
            .Description("L'édition servie. / The edition served.")
        .Field("indicators", "[Indicator!]!", c => Indicators(c))
            .Description("Indicateurs du catalogue. / Catalogue indicators.")
            .Argument("family", "String", "Famille (demand, workforce…). / Family.")
        .Field("indicator", "Indicator", c => RequestScope.Of(c).Catalog.Indicator(c.Argument<string>("code")!))
            .Argument("code", "ID!")
        .Field("metiers", "[Metier!]!", c => Metiers(c))
            .Description("Métiers et groupes de métiers. / Métiers and métier groups.")
            .Argument("priorityFor", "ID", "Seulement les métiers prioritaires de ce département ('01', '40'). / Only this department's priority métiers.")
            .Argument("includeGroups", "Boolean", defaultValue: true)
        .Field("metier", "Metier", c => RequestScope.Of(c).Catalog.Metier(c.Argument<string>("code")!))
            .Argument("code", "ID!")
        .Field("territories", "[Territory!]!", c => Territories(c))
            .Argument("level", "TerritoryLevel")
            .Argument("parent", "ID", "Code du territoire parent. / Parent territory code.")
        .Field("territory", "Territory", c => RequestScope.Of(c).Catalog.Territory(c.Argument<string>("level") ?? "DEP", c.Argument<string>("code")!))
            .Argument("code", "ID!")
            .Argument("level", "TerritoryLevel", defaultValue: "DEP")
        .Field("periods", "[String!]!", c => ObservationQueries.Periods(RequestScope.Of(c).Lease, c.Argument<string>("indicator"), c.CancellationToken))
            .Description("Périodes disponibles, la plus récente d'abord. / Available periods, newest first.")
            .Argument("indicator", "ID")
        .Field("observations", "ObservationConnection!", c => ObservationFields.Observations(c))
            .Description("Valeurs d'indicateurs, paginées (100 par défaut, 1 000 au plus). / Indicator values, paginated (default 100, max 1,000).")
            .Argument("filter", "ObservationFilter")
            .Argument("orderBy", "[ObservationOrder!]")
            .Argument("first", "Int", defaultValue: ArgumentReader.DefaultPageSize)
            .Argument("after", "String")
        .Field("tension", "TensionRanking!", c => ObservationFields.Tension(c))
            .Description("Classement des métiers d'un territoire par indice de tension ; année par défaut : la dernière où le territoire a au moins un niveau publié. / Ranking by tension index; default year: the latest with a published level.")
            .Argument("territory", "ID!")
            .Argument("level", "TerritoryLevel", defaultValue: "DEP")
            .Argument("year", "Int")
        .Field("tensionGrid", "[TensionEntry!]!", c => ObservationFields.TensionGrid(c))
            .Description("Chaque métier × chaque département de la région (carte de chaleur) ; année par défaut : la dernière où un département de la région a un niveau publié. / Every métier × department of the region; default year: the latest with a published level.")
            .Argument("region", "ID!")
            .Argument("year", "Int")
        .Field("tensionAgreement", "[TensionAgreement!]!", c => TensionAgreementTypes.Resolve(c))
            .Description("Concordance des niveaux de tension de l'observatoire et des niveaux officiels DARES / France Travail, par année × niveau territorial, par année et pour l'ensemble (year et territoryLevel null). / Agreement with the official levels.")
            .Argument("year", "Int", "Seulement cette année (lignes par niveau et tous niveaux) ; toutes les lignes sinon. / Only this year.")
        .Field("compare", "Comparison", c => ObservationFields.Compare(c))
            .Description("Un département comparé à sa région, à la France et aux autres départements. / A department compared.")
            .Argument("indicator", "ID!")
            .Argument("metier", "ID!")
            .Argument("territory", "ID!")
            .Argument("period", "String")
        .Field("series", "[Observation!]!", c => ObservationFields.Series(c))
            .Description("Série chronologique. / Time series.")
            .Argument("indicator", "ID!")
            .Argument("metier", "ID!")
            .Argument("territory", "ID!")
            .Argument("level", "TerritoryLevel", defaultValue: "DEP")
        .Field("sources", "[SourceLoad!]!", c => RequestScope.Of(c).Catalog.Sources)
            .Description("Fichiers bruts chargés dans cette édition. / Raw files loaded in this edition.")
        .Field("runs", "[Run!]!", c => RunHistory.Read(RequestScope.Of(c).Warehouse.Home, c.Argument<int?>("last") ?? 20))
            .Description("Dernières exécutions (intégrations et constructions). / Latest runs (ingests and builds).")
            .Argument("last", "Int", defaultValue: 20));

    private static List<IndicatorInfo> Indicators(ResolveContext context)
    {
        var family = context.Argument<string>("family");
        return [.. RequestScope.Of(context).Catalog.Indicators.Where(i => family is null || i.Family == family)];
    }

    private static List<MetierInfo> Metiers(ResolveContext context)
    {
        var priorityFor = context.Argument<string>("priorityFor");
        var includeGroups = context.Argument<bool?>("includeGroups") ?? true;
        return [.. RequestScope.Of(context).Catalog.Metiers
            .Where(m => includeGroups || !m.IsGroup)
            .Where(m => priorityFor is null || m.PriorityFor.Contains(priorityFor))];
    }

    private static List<TerritoryInfo> Territories(ResolveContext context)
    {
        var level = context.Argument<string>("level");
        var parent = context.Argument<string>("parent");
        return [.. RequestScope.Of(context).Catalog.Territories
            .Where(t => level is null || t.Level == level)
            .Where(t => parent is null || t.ParentCode == parent)];
    }
}
