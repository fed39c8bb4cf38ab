using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

public class AbstractTypeTests
{
    private static GraphQLSchema Create(Func<object, string?>? resolveType, object value) => new SchemaBuilder()
        .Query(q => q.Field("thing", "Thing", _ => value))
        .Interface("Thing", t =>
        {
            t.Field("id", "ID!");
            if (resolveType is not null)
            {
                t.ResolveType((v, _) => resolveType(v));
            }
        })
        .Object("Box", t => t.Implements("Thing").Field("id", "ID!").Field("size", "Int"))
        .Object("Ball", t => t.Implements("Thing").Field("id", "ID!"))
        .Object("Other", t => t.Field("id", "ID!"))
        .Build();

    [Fact]
    public async Task Execute_ResolveTypeDelegate_PicksConcreteType()
    {
        var schema = Create(_ => "Ball", new Dictionary<string, object?> { ["id"] = 4 });

        Assert.Equal(Json("{'data':{'thing':{'__typename':'Ball','id':'4'}}}"), await ExecuteJsonAsync(schema, "{ thing { __typename id } }"));
    }

    [Fact]
    public async Task Execute_TypenameKeyInDictionary_PicksConcreteType()
    {
        var schema = Create(null, new Dictionary<string, object?> { ["__typename"] = "Box", ["id"] = "b", ["size"] = 2 });

        Assert.Equal(Json("{'data':{'thing':{'id':'b','size':2}}}"), await ExecuteJsonAsync(schema, "{ thing { id ... on Box { size } } }"));
    }

    [Theory]
    [InlineData("Nope", "Abstract type \"Thing\" was resolved to a type \"Nope\" that does not exist inside the schema.")]
    [InlineData("Other", "Runtime Object type \"Other\" is not a possible type for \"Thing\".")]
    [InlineData(null, "Abstract type \"Thing\" must resolve to an Object type at runtime for field \"Query.thing\". Either the \"Thing\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.")]
    public async Task Execute_UnresolvableAbstractType_IsFieldError(string? typeName, string message)
    {
        var schema = Create(_ => typeName, new object());

        var result = await ExecuteAsync(schema, "{ thing { id } }");

        Assert.Null(result.Data!["thing"]);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }
}
