using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

public class ResultWriterTests
{
    [Fact]
    public void WriteTo_DataWithoutErrors_OmitsErrorsKey()
    {
        var data = new OrderedDictionary<string, object?> { ["b"] = 1, ["a"] = new List<object?> { "x", null, 2.5, true } };

        Assert.Equal(Json("{'data':{'b':1,'a':['x',null,2.5,true]}}"), ExecutionResult.FromData(data, []).ToJson());
    }

    [Fact]
    public void WriteTo_RequestError_HasNoDataKey()
    {
        var result = ExecutionResult.FromErrors([new GraphQLError("Bad.") { Extensions = GraphQLError.CodeExtensions(ErrorCodes.BadUserInput) }]);

        Assert.Equal(Json("{'errors':[{'message':'Bad.','extensions':{'code':'BAD_USER_INPUT'}}]}"), result.ToJson());
        Assert.True(result.IsRequestError);
    }

    [Fact]
    public void WriteTo_NullData_WritesDataNull()
    {
        var result = ExecutionResult.FromData(null, [new GraphQLError("E") { Path = ["a", 0] }]);

        Assert.Equal(Json("{'errors':[{'message':'E','path':['a',0]}],'data':null}"), result.ToJson());
    }

    [Fact]
    public void WriteTo_Extensions_AreWrittenLast()
    {
        var result = ExecutionResult.FromData(new OrderedDictionary<string, object?>(), [])
            .WithExtensions(new Dictionary<string, object?> { ["cost"] = 3 });

        Assert.Equal(Json("{'data':{},'extensions':{'cost':3}}"), result.ToJson());
    }

    [Fact]
    public void FromSyntaxException_ParseError_IsLocatedRequestError()
    {
        var exception = Assert.Throws<Language.GraphQLSyntaxException>(() => Language.Parser.Parse("{ a"));

        var result = ExecutionResult.FromErrors([GraphQLError.FromSyntaxException(exception)]);

        Assert.Equal(Json("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':4}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"), result.ToJson());
    }
}
