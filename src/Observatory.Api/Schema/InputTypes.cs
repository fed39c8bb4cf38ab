using Observatory.GraphQL.Building;

namespace Observatory.Api.Schema;

/// <summary>Enums and input objects of the schema.</summary>
internal static class InputTypes
{
    public static SchemaBuilder Add(SchemaBuilder builder) => builder
        .Enum("TerritoryLevel", e => e
            .Description("Niveau territorial. / Territorial level.")
            .Value("NAT", description: "France entière. / Whole of France.")
            .Value("REG", description: "Région. / Region.")
            .Value("DEP", description: "Département. / Department."))
        .Enum("ValueStatus", e => e
            .Description("Statut d'une valeur ; une valeur masquée est nulle, jamais 0. / Status of a value; a masked value is null, never 0.")
            .Value("OK", description: "Valeur publiée. / Published value.")
            .Value("ROUNDED", description: "Arrondie par la source. / Rounded by the source.")
            .Value("PROVISIONAL", description: "Provisoire. / Provisional.")
            .Value("IMPUTED", description: "Imputée. / Imputed.")
            .Value("PARTIAL", description: "Total partiel : région ou France sur une partie de ses départements (voir coverage). / Partial total: region or France over part of its departments (see coverage).")
            .Value("MISSING", description: "Absente de la source. / Missing from the source.")
            .Value("SECRET", description: "Masquée (secret statistique). / Masked (statistical confidentiality)."))
        .Enum("Direction", e => e
            .Description("Sens de lecture d'un indicateur. / How an indicator reads.")
            .Value("HIGHER_IS_TENSION", description: "Plus haut = plus de tension. / Higher means more tension.")
            .Value("LOWER_IS_TENSION", description: "Plus bas = plus de tension. / Lower means more tension.")
            .Value("NEUTRAL", description: "Contexte, sans sens de tension. / Context, no tension direction."))
        .Enum("ObservationOrderField", e => e
            .Description("Clé de tri des observations. / Sort key of observations.")
            .Value("PERIOD").Value("VALUE").Value("INDICATOR").Value("METIER").Value("TERRITORY"))
        .Enum("OrderDirection", e => e
            .Description("Sens du tri. / Sort direction.")
            .Value("ASC").Value("DESC"))
        .InputObject("ObservationFilter", i => i
            .Description("Filtre des observations ; un champ absent ne filtre pas. / Observation filter; an absent field does not filter.")
            .Field("indicators", "[ID!]", "Codes d'indicateurs. / Indicator codes.")
            .Field("metiers", "[ID!]", "Codes de métiers ou groupes. / Métier or group codes.")
            .Field("territories", "[ID!]", "Codes de territoires. / Territory codes.")
            .Field("level", "TerritoryLevel", "Niveau territorial. / Territorial level.")
            .Field("from", "String", "Première période incluse (ex. 2020). / First period included.")
            .Field("to", "String", "Dernière période incluse (ex. 2025). / Last period included.")
            .Field("status", "[ValueStatus!]", "Statuts retenus. / Statuses kept."))
        .InputObject("ObservationOrder", i => i
            .Description("Un critère de tri. / One sort criterion.")
            .Field("field", "ObservationOrderField!")
            .Field("direction", "OrderDirection", defaultValue: "ASC"));
}
