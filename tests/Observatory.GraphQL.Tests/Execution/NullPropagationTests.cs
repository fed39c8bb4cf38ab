using Observatory.GraphQL.Building;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Types;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

/// <summary>GRAPHQL-ENGINE.md §5 null propagation examples (graphql-js 16.15.0 behaviour).</summary>
public class NullPropagationTests
{
    private static readonly GraphQLSchema Schema = new SchemaBuilder()
        .Query("Query", q => q
            .Field("o", "Obj!", _ => new object())
            .Field("objs", "[Obj!]", _ => new[] { 1, 2 })
            .Field("nullableO", "Obj", _ => new object())
            .Field("items", "[Int]", _ => new object?[] { 1, null, "x" })
            .Field("boom", "String", (FieldResolver)(_ => throw new InvalidOperationException("secret SQL text")))
            .Field("denied", "String", (FieldResolver)(_ => throw new GraphQLException("Accès refusé.", "FORBIDDEN")))
            .Field("big", "Int", _ => 1099511627776L))
        .Object("Obj", t => t
            .Field("v", "Int!", c => c.Source is 2 ? null : 1)
            .Field("a", "Int!", _ => null)
            .Field("b", "Int!", _ => null))
        .Build();

    [Fact]
    public async Task Execute_NullInNonNullChainToRoot_DataIsNull()
    {
        var result = await ExecuteAsync(Schema, "{ o { a } }");

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal(["o", "a"], error.Path);
        Assert.Equal("Cannot return null for non-nullable field Obj.a.", error.Message);
        Assert.Equal(Json("{'errors':[{'message':'Cannot return null for non-nullable field Obj.a.','locations':[{'line':1,'column':7}],'path':['o','a'],'extensions':{'code':'RESULT_COERCION_FAILED'}}],'data':null}"), result.ToJson());
    }

    [Fact]
    public async Task Execute_NonNullListItemNull_NullsTheListWithIndexPath()
    {
        var result = await ExecuteAsync(Schema, "{ objs { v } }");

        Assert.Equal(Json("{'objs':null}"), Json(System.Text.Json.JsonSerializer.Serialize(result.Data)));
        Assert.Equal(["objs", 1, "v"], Assert.Single(result.Errors).Path);
    }

    [Fact]
    public async Task Execute_TwoNonNullSiblingsNull_ParentNulledWithRequiredPath()
    {
        var result = await ExecuteAsync(Schema, "{ nullableO { a b } }");

        Assert.Null(result.Data!["nullableO"]);
        Assert.Contains(result.Errors, e => e.Path!.SequenceEqual(["nullableO", "a"]));
    }

    [Fact]
    public async Task Execute_NullableListItems_KeepNullAndReportBadItem()
    {
        var result = await ExecuteAsync(Schema, "{ items }");

        Assert.Equal(Json("{'items':[1,null,null]}"), Json(System.Text.Json.JsonSerializer.Serialize(result.Data)));
        var error = Assert.Single(result.Errors);
        Assert.Equal(["items", 2], error.Path);
        Assert.Equal("Int cannot represent non-integer value: \"x\"", error.Message);
    }

    [Fact]
    public async Task Execute_IntOutOfRange_ReportsGraphQLJsMessage()
    {
        var result = await ExecuteAsync(Schema, "{ big }");

        Assert.Equal("Int cannot represent non 32-bit signed integer value: 1099511627776", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Execute_UnexpectedException_HidesDetailAndCallsHandler()
    {
        Exception? logged = null;
        var result = await Observatory.GraphQL.Execution.GraphQLExecutor.ExecuteAsync(new Observatory.GraphQL.Execution.ExecutionRequest
        {
            Schema = Schema,
            Document = Language.Parser.Parse("{ boom }"),
            OnUnexpectedError = (exception, _) => logged = exception,
        });

        Assert.Equal(Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'boom':null}}"), result.ToJson());
        Assert.DoesNotContain("secret", result.ToJson(), StringComparison.Ordinal);
        Assert.Equal("secret SQL text", logged?.Message);
    }

    [Fact]
    public async Task Execute_GraphQLException_KeepsMessageAndCode()
    {
        var result = await ExecuteAsync(Schema, "{ denied }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Accès refusé.", error.Message);
        Assert.Equal("FORBIDDEN", error.Code);
    }
}
