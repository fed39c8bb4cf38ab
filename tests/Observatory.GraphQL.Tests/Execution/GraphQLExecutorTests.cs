using Observatory.GraphQL.Tests.Fixtures;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

public class GraphQLExecutorTests
{
    private static readonly Observatory.GraphQL.Types.GraphQLSchema Schema = PetSchema.Create();

    [Fact]
    public async Task ExecuteAsync_SimpleQuery_ReturnsDataInSelectionOrder()
    {
        var json = await ExecuteJsonAsync(Schema, "{ dog { nickname name barkVolume } }");

        Assert.Equal(Json("{'data':{'dog':{'nickname':'Rexy','name':'Rex','barkVolume':3}}}"), json);
    }

    [Fact]
    public async Task ExecuteAsync_Aliases_UseResponseNamesAndKeepOrder()
    {
        var json = await ExecuteJsonAsync(Schema, "{ dog { b: name a: name sit: doesKnowCommand(dogCommand: SIT) heel: doesKnowCommand(dogCommand: HEEL) } }");

        Assert.Equal(Json("{'data':{'dog':{'b':'Rex','a':'Rex','sit':true,'heel':false}}}"), json);
    }

    [Fact]
    public async Task ExecuteAsync_FragmentsOnInterface_ApplyToImplementations()
    {
        var json = await ExecuteJsonAsync(Schema, """
            { pets { __typename ...PetName ... on Dog { barkVolume } ... on Cat { meowVolume } } }
            fragment PetName on Pet { name }
            """);

        Assert.Equal(Json("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barkVolume':3},{'__typename':'Cat','name':'Tom','meowVolume':7}]}}"), json);
    }

    [Fact]
    public async Task ExecuteAsync_FragmentsOnUnion_SelectByConcreteType()
    {
        var json = await ExecuteJsonAsync(Schema, "{ catOrDog { ... on Dog { barkVolume } ... on Cat { name } } humanOrAlien { __typename ... on Sentient { name } ... on Alien { homePlanet } } }");

        Assert.Equal(Json("{'data':{'catOrDog':{'name':'Tom'},'humanOrAlien':[{'__typename':'Human','name':'Alice'},{'__typename':'Alien','name':'Zork','homePlanet':'Mars'}]}}"), json);
    }

    [Fact]
    public async Task ExecuteAsync_MergedFieldsAcrossFragments_MergeSubselections()
    {
        var json = await ExecuteJsonAsync(Schema, "{ dog { owner { name } } ...F } fragment F on Query { dog { name owner { __typename } } }");

        Assert.Equal(Json("{'data':{'dog':{'owner':{'name':'Alice','__typename':'Human'},'name':'Rex'}}}"), json);
    }

    [Fact]
    public async Task ExecuteAsync_TypenameOnRoot_ReturnsRootName()
    {
        Assert.Equal(Json("{'data':{'__typename':'Query'}}"), await ExecuteJsonAsync(Schema, "{ __typename }"));
    }

    [Theory]
    [InlineData("query A { dog { name } } query B { __typename }", "B", "{'data':{'__typename':'Query'}}")]
    [InlineData("query A { dog { name } } query B { __typename }", null, "{'errors':[{'message':'Must provide operation name if query contains multiple operations.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}")]
    [InlineData("query A { dog { name } }", "C", "{'errors':[{'message':'Unknown operation named \\\"C\\\".','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}")]
    [InlineData("query A { __typename }", "", "{'data':{'__typename':'Query'}}")]
    public async Task ExecuteAsync_OperationSelection_FollowsGetOperation(string query, string? operationName, string expected)
    {
        Assert.Equal(Json(expected), await ExecuteJsonAsync(Schema, query, operationName: operationName));
    }

    [Fact]
    public async Task ExecuteAsync_MutationOnSchemaWithoutMutation_IsRequestError()
    {
        var result = await ExecuteAsync(Schema, "mutation { __typename }");

        Assert.False(result.HasData);
        Assert.Equal("Schema is not configured to execute mutation operation.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownField_IsLeftOut()
    {
        Assert.Equal(Json("{'data':{'dog':{'name':'Rex'}}}"), await ExecuteJsonAsync(Schema, "{ dog { name unknown } }"));
    }

    [Fact]
    public async Task ExecuteAsync_CancelledToken_Throws()
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(Schema, "{ dog { name } }", cancellationToken: source.Token));
    }
}
