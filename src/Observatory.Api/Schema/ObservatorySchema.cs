using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation;
using Observatory.GraphQL.Validation.Cost;

namespace Observatory.Api.Schema;

/// <summary>The Observatory GraphQL schema (code first) and its cost model.</summary>
public static class ObservatorySchema
{
    public static GraphQLSchema Build()
    {
        var builder = new SchemaBuilder()
            .Description("API de l'observatoire des tensions de recrutement (métiers du soin et de l'accompagnement). "
                + "/ API of the observatory of recruitment tensions (care and social jobs).");
        QueryType.Add(builder);
        OutputTypes.Add(builder);
        TensionTypes.Add(builder);
        TensionAgreementTypes.Add(builder);
        InputTypes.Add(builder);
        return builder.Build();
    }

    /// <summary>
    /// Limits of the endpoint: depth 12, cost 20,000 with pages priced at their <c>first</c> (default 100) and
    /// dimension lists at their real sizes.
    /// </summary>
    public static ValidationLimits Limits() => new()
    {
        MaxDepth = 12,
        MaxCost = 20_000,
        MaxFieldCount = 1_000,
        CostModel = CostModel.Default
            .WithField("Query.observations", weight: 10)
            .WithField("ObservationConnection.edges", assumedSize: ArgumentReader.DefaultPageSize)
            .WithField("ObservationConnection.nodes", assumedSize: ArgumentReader.DefaultPageSize)
            .WithField("Query.series", weight: 10, assumedSize: 10)
            .WithField("Query.tensionGrid", weight: 10, assumedSize: 150)
            .WithField("Query.tension", weight: 10)
            .WithField("TensionRanking.entries", assumedSize: 30)
            .WithField("Query.tensionAgreement", weight: 10, assumedSize: 30)
            .WithField("Query.compare", weight: 10)
            .WithField("Query.periods", weight: 10)
            .WithField("Query.indicators", assumedSize: 30)
            .WithField("Query.metiers", assumedSize: 30)
            .WithField("Query.territories", assumedSize: 120)
            .WithField("Query.sources", assumedSize: 100),
    };
}
