using Observatory.Api.Data;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Execution;

namespace Observatory.Api.Schema;

/// <summary>The agreement between the observatory's tension levels and the official DARES / France Travail levels.</summary>
internal static class TensionAgreementTypes
{
    private const string All = "ALL";

    public static SchemaBuilder Add(SchemaBuilder builder) => builder
        .Object("TensionAgreement", t => t
            .Description("Concordance entre le niveau de tension de l'observatoire et le niveau officiel DARES / France Travail, sur les cellules où les deux sont publiés. "
                + "/ Agreement between the observatory's and the official tension levels, over the cells where both are published.")
            .Field("year", "Int", c => Row(c).Period == All ? null : int.Parse(Row(c).Period, System.Globalization.CultureInfo.InvariantCulture))
                .Description("Année ; null pour toutes les années. / Year; null for all years.")
            .Field("territoryLevel", "TerritoryLevel", c => Row(c).TerritoryLevel == All ? null : Row(c).TerritoryLevel)
                .Description("Niveau territorial ; null pour tous les niveaux. / Territorial level; null for all levels.")
            .Field("cells", "Int!", c => checked((int)Row(c).Cells))
                .Description("Cellules comparées (groupe de métiers × territoire × année). / Cells compared.")
            .Field("identical", "Int!", c => checked((int)Row(c).Identical))
            .Field("identicalShare", "Float!", c => Row(c).IdenticalShare)
                .Description("Part de niveaux identiques. / Share of identical levels.")
            .Field("withinOne", "Int!", c => checked((int)Row(c).WithinOne))
            .Field("withinOneShare", "Float!", c => Row(c).WithinOneShare)
                .Description("Part de niveaux à un niveau près. / Share within one level.")
            .Field("weightedKappa", "Float", c => Row(c).WeightedKappa)
                .Description("Kappa de Cohen à pondération linéaire (poids |i − j| / 4) ; null si non défini. / Linearly weighted Cohen's kappa; null when undefined."))
        .Object("TensionOfficial", t => t
            .Description("Niveau officiel de tension publié par la DARES et France Travail pour le code FAP du groupe de métiers. "
                + "/ Official tension level published by DARES and France Travail for the métier group's FAP code.")
            .Field("level", "Int", c => c.Parent<TensionRow>().OfficialLevel)
                .Description("1 très faible … 5 très forte ; null si la DARES n'en publie pas (valeur imputée, n.d.). / 1 very low … 5 very high.")
            .Field("label", "String", c => c.Parent<TensionRow>().OfficialLabel)
            .Field("status", "ValueStatus!", c => ValueStatuses.ToGraphQL(c.Parent<TensionRow>().OfficialStatus ?? "missing"))
                .Description("OK publié, IMPUTED volumétrie insuffisante (valeur imputée par la DARES), MISSING n.d. / OK published, IMPUTED, MISSING."));

    public static IReadOnlyList<TensionAgreementRow> Resolve(ResolveContext context) =>
        TensionAgreementQueries.Rows(RequestScope.Of(context).Lease, context.Argument<int?>("year"), context.CancellationToken);

    private static TensionAgreementRow Row(ResolveContext context) => context.Parent<TensionAgreementRow>();
}
