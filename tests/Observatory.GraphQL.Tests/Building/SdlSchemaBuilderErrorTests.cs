using Observatory.GraphQL.Building;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language;

namespace Observatory.GraphQL.Tests.Building;

/// <summary>Issue 20 items 2 and 3: what <see cref="SchemaBuilder.FromSdl(string)"/> and then <c>Build</c> reject.</summary>
public class SdlSchemaBuilderErrorTests
{
    [Fact]
    public void FromSdl_SdlRulesBroken_ThrowsWithLocatedErrorsInDocumentOrder()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("""
            type Query { a: Unknown @nope }
            type Query { b: Int }
            extend enum Missing { X }
            """));

        Assert.Equal(
            [
                "Unknown type \"Unknown\". (1:17)",
                "Unknown directive \"@nope\". (1:25)",
                "There can be only one type named \"Query\". (1:6, 2:6)",
                "Cannot extend type \"Missing\" because it is not defined. (3:13)",
            ],
            exception.Problems);
        Assert.Equal(4, exception.Errors.Count);
        Assert.All(exception.Errors, error => Assert.NotNull(error.Locations));
    }

    [Fact]
    public void FromSdl_NotGraphQL_ThrowsSyntaxError() =>
        Assert.Throws<GraphQLSyntaxException>(() => SchemaBuilder.FromSdl("type Query {"));

    [Fact]
    public void Build_InvalidDefaultLiteral_IsAProblem()
    {
        var exception = Assert.Throws<SchemaValidationException>(() =>
            SchemaBuilder.FromSdl("type Query { f(a: Int = \"x\"): Int }\ninput In { c: Color = BLUE }\nenum Color { RED }").Build());

        Assert.Contains("Query.f(a:) has invalid default value: \"x\".", exception.Problems);
        Assert.Contains("In.c has invalid default value: BLUE.", exception.Problems);
    }

    [Fact]
    public void Build_TypeSystemRuleBroken_IsReportedAtBuild()
    {
        var exception = Assert.Throws<SchemaValidationException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Int }\ntype Empty\nunion U = Query | Empty\ninterface I { x: Int }\ntype T implements I { y: Int }").Build());

        Assert.Contains(exception.Problems, p => p.Contains("Empty", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Contains("I.x", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_RedefinedBuiltInDirective_IsAProblem() =>
        Assert.Contains(
            "Directive \"@deprecated\" is built in and cannot be redefined.",
            Assert.Throws<SchemaValidationException>(() =>
                SchemaBuilder.FromSdl("type Query { a: Int }\ndirective @deprecated on FIELD").Build()).Problems);

    [Fact]
    public void FromSdl_NoQueryType_FailsAtBuild() =>
        Assert.Contains(
            "Query root type must be provided.",
            Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Root { a: Int }").Build()).Problems);
}
