using Observatory.GraphQL.Building;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>KnownOperationTypesRule: cases from graphql-js 17 <c>KnownOperationTypesRule-test.ts</c> (not in graphql-js 16).</summary>
public sealed class KnownOperationTypesRuleTests
{
    private static readonly KnownOperationTypesRule Rule = new();

    private static readonly GraphQLSchema QueryOnlySchema = new SchemaBuilder()
        .Query("Query", q => q.Field("field", "String"))
        .Build();

    [Fact]
    public void Validate_one_known_operation_Passes() => Assert.Empty(Validate("{ field }"));

    [Fact]
    public void Validate_unknown_mutation_operation_ReportsErrors() =>
        Assert.Equal(["The mutation operation is not supported by the schema. @ 2:1"], Validate("\nmutation { field }"));

    [Fact]
    public void Validate_unknown_subscription_operation_ReportsErrors() =>
        Assert.Equal(["The subscription operation is not supported by the schema. @ 1:1"], Validate("subscription { field }"));

    [Fact]
    public void Validate_mixes_known_and_unknown_operations_ReportsErrors() =>
        Assert.Equal(
            ["The mutation operation is not supported by the schema. @ 2:1", "The subscription operation is not supported by the schema. @ 3:1"],
            Validate("query { field }\nmutation { field }\nsubscription { field }"));

    [Fact]
    public void Validate_all_operations_on_the_full_schema_Passes() =>
        ValidationHarness.ShouldPass(Rule, "query { dog { name } }\nmutation { renameDog(name: \"a\") { name } }\nsubscription { newDog { name } }");

    private static List<string> Validate(string document) =>
        DocumentValidator.Validate(QueryOnlySchema, Parser.Parse(document), [Rule])
            .Select(e => ExpectedError.Format(e.Message, e.Locations ?? []))
            .ToList();
}
