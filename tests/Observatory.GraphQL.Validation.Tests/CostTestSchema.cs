using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Cost;

namespace Observatory.GraphQL.Validation.Tests;

/// <summary>A small schema with list fields sliced by literals, variables, defaults and filter objects, and its cost model.</summary>
public static class CostTestSchema
{
    public static GraphQLSchema Instance { get; } = new SchemaBuilder()
        .Query("Query", q => q
            .Field("metiers", "[Metier!]!").Argument("limit", "Int").Argument("filter", "MetierFilter")
            .Field("metier", "Metier").Argument("code", "String!")
            .Field("search", "[Metier]").Argument("first", "Int", defaultValue: 5)
            .Field("tags", "[String]")
            .Field("grid", "[[Metier]]").Argument("first", "Int"))
        .Object("Metier", t => t
            .Field("code", "String")
            .Field("name", "String")
            .Field("values", "[Value!]!").Argument("limit", "Int", defaultValue: 10)
            .Field("related", "[Metier]"))
        .Object("Value", t => t.Field("year", "Int").Field("amount", "Float"))
        .InputObject("MetierFilter", i => i.Field("sector", "String").Field("limit", "Int"))
        .Build();

    /// <summary><c>Query.metiers</c> weighs 10 and is sliced by <c>limit</c> or <c>filter.limit</c>, assumed 100 items.</summary>
    public static CostModel Model { get; } = CostModel.Default
        .WithField("Query.metiers", weight: 10, slicingArguments: ["limit", "filter.limit"], assumedSize: 100);
}
