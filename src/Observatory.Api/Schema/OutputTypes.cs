using Observatory.Api.Data;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Execution;

namespace Observatory.Api.Schema;

/// <summary>The object types. Dimension fields resolve from the edition's in-memory catalogue, never one query per row.</summary>
internal static class OutputTypes
{
    public static SchemaBuilder Add(SchemaBuilder builder) => builder
        .Object("Edition", t => t
            .Description("L'édition servie : une construction publiée de l'entrepôt. / The edition served: one published warehouse build.")
            .Field("run", "ID!").Description("Identifiant de la construction. / Build run id.")
            .Field("builtAt", "String!").Description("Date de construction (UTC). / Build time (UTC).")
            .Field("duckdbVersion", "String")
            .Field("referenceYear", "Int").Description("Dernière année du panel de référence de l'indice de tension. / Last year of the tension index's reference panel.")
                .Deprecated(TensionTypes.ReferenceYearDeprecation)
            .Field("referenceFirstYear", "Int", c => c.Parent<EditionInfo>().ReferenceFirstYear)
                .Description("Première année du panel de référence de l'indice de tension (tous les métiers de France). / First year of the tension index's reference panel (every métier of France).")
            .Field("referenceLastYear", "Int", c => c.Parent<EditionInfo>().ReferenceYear)
                .Description("Dernière année du panel de référence de l'indice de tension. / Last year of the tension index's reference panel."))
        .Object("Indicator", t => t
            .Description("Un indicateur du catalogue (pub.indicators). / A catalogue indicator.")
            .Field("code", "ID!")
            .Field("family", "String!")
            .Field("label", "String!").Description("Libellé français. / French label.")
            .Field("labelFr", "String!")
            .Field("labelEn", "String!")
            .Field("definition", "String")
            .Field("formula", "String")
            .Field("unit", "String")
            .Field("direction", "Direction", c => ValueStatuses.Direction(c.Parent<IndicatorInfo>().Direction))
            .Field("sources", "[String!]!").Description("Sources (identifiants de contrat). / Sources (contract ids).")
            .Field("disclosureRule", "String")
            .Field("caveats", "String")
            .Field("periodConvention", "String")
                .Description("Ce que la période N désigne (millésime BMO N = projets pour N, stocks en moyenne annuelle…). / What period N means.")
            .Field("computed", "Boolean!").Description("Calculé dans cette édition (sinon prévu). / Computed in this edition (else planned)."))
        .Object("Metier", t => t
            .Description("Un métier ou un groupe de métiers. / A métier or a métier group.")
            .Field("code", "ID!")
            .Field("label", "String!")
            .Field("shortLabel", "String")
            .Field("sector", "String")
            .Field("isGroup", "Boolean!")
            .Field("members", "[Metier!]!", c => Members(c))
                .Description("Métiers d'un groupe (vide pour un métier). / Members of a group (empty for a métier).")
            .Field("codes", "[MetierCode!]!", c => Codes(c)).Argument("system", "String", "fap, rome ou diploma. / fap, rome or diploma.")
            .Field("priorityFor", "[ID!]!").Description("Départements qui en font une priorité. / Departments where it is a priority."))
        .Object("MetierCode", t => t
            .Description("Un code du métier dans une nomenclature. / A code of the métier in a classification.")
            .Field("system", "String!")
            .Field("version", "String")
            .Field("code", "String!"))
        .Object("Territory", t => t
            .Description("Un territoire : France, région ou département. / A territory: France, region or department.")
            .Field("code", "ID!")
            .Field("level", "TerritoryLevel!")
            .Field("label", "String!")
            .Field("parent", "Territory", c => RequestScope.Of(c).Catalog.Parent(c.Parent<TerritoryInfo>()))
            .Field("children", "[Territory!]!", c => RequestScope.Of(c).Catalog.Children(c.Parent<TerritoryInfo>()).ToList()))
        .Object("Observation", t => t
            .Description("Une valeur d'indicateur : indicateur × métier × territoire × période. / One indicator value.")
            .Field("indicator", "Indicator!", c => RequestScope.Of(c).Catalog.Indicator(c.Parent<ObservationRow>().Indicator))
            .Field("metier", "Metier!", c => RequestScope.Of(c).Catalog.Metier(c.Parent<ObservationRow>().Metier))
            .Field("territory", "Territory!", c => Territory(c, c.Parent<ObservationRow>()))
            .Field("period", "String!")
            .Field("value", "Float").Description("Nulle si masquée. / Null when masked.")
            .Field("status", "ValueStatus!", c => ValueStatuses.ToGraphQL(c.Parent<ObservationRow>().Status))
            .Field("disclosureReason", "String")
                .Description("Motif du masquage : source, frequency, dominance, ratio_operands, secondary. / Why the value is hidden.")
            .Field("numerator", "Float")
            .Field("denominator", "Float")
            .Field("unit", "String")
            .Field("coverage", "Float!")
                .Description("Part des départements du territoire couverts par les sources (1 pour un département) ; sous 1, statut PARTIAL. / Share of the territory's departments covered by the sources.")
            .Field("coveredTerritories", "Int!")
                .Description("Départements couverts (n de « départements chargés (n/N) »). / Departments covered.")
            .Field("imputedShare", "Float")
                .Description("Part imputée (cellules masquées par le producteur) ; nulle sans imputation. / Share imputed from publisher-masked cells.")
            .Field("footnotes", "[String!]!", c => Footnotes.For(c.Parent<ObservationRow>()))
                .Description("Notes en français (masquage, arrondi…). / Footnotes in French.")
            .Field("provenance", "Provenance!", c => Provenance(c)))
        .Object("Provenance", t => t
            .Description("Fichiers bruts et exécutions d'intégration d'une valeur. / Raw files and ingest runs behind a value.")
            .Field("sources", "[SourceLoad!]!")
            .Field("runs", "[ID!]!"))
        .Object("ObservationConnection", t => t
            .Description("Une page d'observations (Relay). / A page of observations (Relay).")
            .Field("totalCount", "Int!", c => (int)Math.Min(int.MaxValue, c.Parent<ObservationConnectionView>().TotalCount))
            .Field("edges", "[ObservationEdge!]!")
            .Field("nodes", "[Observation!]!")
            .Field("pageInfo", "PageInfo!"))
        .Object("ObservationEdge", t => t.Field("cursor", "String!").Field("node", "Observation!"))
        .Object("PageInfo", t => t
            .Field("hasNextPage", "Boolean!")
            .Field("hasPreviousPage", "Boolean!")
            .Field("startCursor", "String")
            .Field("endCursor", "String"))
        .Object("SourceLoad", t => t
            .Description("Un fichier brut chargé par une exécution d'intégration (pub.sources). / A raw file loaded by an ingest run.")
            .Field("source", "String!")
            .Field("vintage", "String!")
            .Field("fileSha256", "String!")
            .Field("fileName", "String")
            .Field("run", "ID!")
            .Field("loadedAt", "String")
            .Field("rows", "Int"))
        .Object("Run", t => t
            .Description("Une exécution : intégration (ingest) ou construction (build). / A run: ingest or build.")
            .Field("id", "ID!")
            .Field("kind", "String!")
            .Field("startedAt", "String")
            .Field("files", "Int")
            .Field("rowsRead", "Int")
            .Field("rowsAccepted", "Int")
            .Field("rowsQuarantined", "Int")
            .Field("status", "String").Description(
                "Issue d'une intégration : succeeded, partial, failed, empty, running (en cours), interrupted (interrompue : ses fichiers chargés sont listés), unreadable ; null pour une construction. / "
                + "Outcome of an ingest: succeeded, partial, failed, empty, running, interrupted (killed: its loaded files are listed), unreadable; null for a build."));

    public static TerritoryInfo? Territory(ResolveContext context, ObservationRow row) =>
        RequestScope.Of(context).Catalog.Territory(row.Level, row.Territory);

    private static List<MetierInfo> Members(ResolveContext context)
    {
        var metier = context.Parent<MetierInfo>();
        if (!metier.IsGroup)
        {
            return [];
        }

        var catalog = RequestScope.Of(context).Catalog;
        return [.. metier.MemberCodes.Select(catalog.Metier).OfType<MetierInfo>()];
    }

    private static List<MetierCodeInfo> Codes(ResolveContext context)
    {
        var system = context.Argument<string>("system");
        return [.. RequestScope.Of(context).Catalog.Codes(context.Parent<MetierInfo>().Code)
            .Where(c => system is null || string.Equals(c.System, system, StringComparison.OrdinalIgnoreCase))];
    }

    private static ProvenanceView Provenance(ResolveContext context)
    {
        var row = context.Parent<ObservationRow>();
        return new ProvenanceView([.. RequestScope.Of(context).Catalog.SourcesOfFiles(row.SourceFiles)], row.IngestRuns);
    }
}
