using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Tests.Fixtures;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Execution;

/// <summary>CoerceVariableValues and CoerceArgumentValues (GRAPHQL-ENGINE.md §5).</summary>
public class VariableCoercionTests
{
    private static readonly GraphQLSchema Schema = new SchemaBuilder()
        .Query("Query", q => q
            .Field("echo", "String", c => c.HasArgument("x") ? c.Arguments["x"] is null ? "null" : $"[{Format(c.Arguments["x"])}]" : "absent")
                .Argument("x", "String")
            .Field("withDefault", "String", c => Format(c.Arguments["x"]))
                .Argument("x", "String", defaultValue: "dflt")
            .Field("required", "Int", c => c.Argument<int>("n"))
                .Argument("n", "Int!")
            .Field("list", "String", c => Format(c.Arguments["l"]))
                .Argument("l", "[Int]")
            .Field("id", "String", c => Format(c.Arguments["i"]))
                .Argument("i", "ID")
            .Field("input", "String", c => Format(c.Arguments["i"]))
                .Argument("i", "In"))
        .InputObject("In", i => i.Field("a", "Int!").Field("b", "String", defaultValue: "B").Field("c", "[Int]"))
        .Build();

    private static readonly GraphQLSchema PetSchemaInstance = PetSchema.Create();

    [Theory]
    [InlineData("{}", "absent")]
    [InlineData("{'v':null}", "null")]
    [InlineData("{'v':'hi'}", "[hi]")]
    public async Task Execute_NullableVariable_DistinguishesAbsentFromNull(string variables, string expected)
    {
        var result = await ExecuteAsync(Schema, "query($v: String) { echo(x: $v) }", Json(variables));

        Assert.Equal(expected, result.Data!["echo"]);
    }

    [Theory]
    [InlineData("query($v: String = \"vd\") { withDefault(x: $v) }", "{}", "vd")]
    [InlineData("query($v: String) { withDefault(x: $v) }", "{}", "dflt")]
    [InlineData("query($v: String) { withDefault(x: $v) }", "{'v':null}", "null")]
    [InlineData("{ withDefault }", "{}", "dflt")]
    public async Task Execute_Defaults_ApplyOnlyWhenAbsent(string query, string variables, string expected)
    {
        var result = await ExecuteAsync(Schema, query, Json(variables));

        Assert.Equal(expected, result.Data!["withDefault"]);
    }

    [Theory]
    [InlineData("{}", "Variable \"$n\" of required type \"Int!\" was not provided.")]
    [InlineData("{'n':null}", "Variable \"$n\" of non-null type \"Int!\" must not be null.")]
    [InlineData("{'n':'1'}", "Variable \"$n\" got invalid value \"1\"; Int cannot represent non-integer value: \"1\"")]
    [InlineData("{'n':2147483648}", "Variable \"$n\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648")]
    public async Task Execute_BadNonNullVariable_IsRequestErrorWithoutData(string variables, string message)
    {
        var result = await ExecuteAsync(Schema, "query($n: Int!) { required(n: $n) }", Json(variables));

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(1, error.Locations![0].Line);
        Assert.Equal(7, error.Locations[0].Column);
        Assert.DoesNotContain("\"data\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_JsonNumberOneDotZero_IsAcceptedAsInt()
    {
        var result = await ExecuteAsync(Schema, "query($n: Int!) { required(n: $n) }", "{\"n\":1.0}");

        Assert.Equal(1, result.Data!["required"]);
    }

    [Theory]
    [InlineData("{ list(l: 5) }", null, "[5]")]
    [InlineData("query($v: [Int]) { list(l: $v) }", "{'v':5}", "[5]")]
    [InlineData("query($v: [Int]) { list(l: $v) }", "{'v':[1,null,3]}", "[1,null,3]")]
    [InlineData("query($v: Int) { list(l: [1, $v]) }", "{}", "[1,null]")]
    public async Task Execute_ListInput_WrapsSingleValues(string query, string? variables, string expected)
    {
        var result = await ExecuteAsync(Schema, query, variables is null ? null : Json(variables));

        Assert.Equal(expected, result.Data!["list"]);
    }

    [Theory]
    [InlineData("{ id(i: 7) }", "7")]
    [InlineData("{ id(i: \"abc\") }", "abc")]
    public async Task Execute_IdLiteral_ReachesResolverAsString(string query, string expected)
    {
        var result = await ExecuteAsync(Schema, query);

        Assert.Equal(expected, result.Data!["id"]);
    }

    [Theory]
    [InlineData("{ input(i: {a: 1}) }", "{a=1,b=B}")]
    [InlineData("{ input(i: {a: 1, b: null}) }", "{a=1,b=null}")]
    [InlineData("{ input(i: {a: 1, c: 4}) }", "{a=1,b=B,c=[4]}")]
    public async Task Execute_InputObjectLiteral_AppliesDefaultsAndKeepsExplicitNull(string query, string expected)
    {
        var result = await ExecuteAsync(Schema, query);

        Assert.Equal(expected, result.Data!["input"]);
    }

    [Theory]
    [InlineData("{'v':{'a':1,'z':2}}", "Variable \"$v\" got invalid value { a: 1, z: 2 }; Field \"z\" is not defined by type \"In\".")]
    [InlineData("{'v':{'b':'x'}}", "Variable \"$v\" got invalid value { b: \"x\" }; Field \"a\" of required type \"Int!\" was not provided.")]
    [InlineData("{'v':{'a':1,'c':['x']}}", "Variable \"$v\" got invalid value \"x\" at \"v.c[0]\"; Int cannot represent non-integer value: \"x\"")]
    public async Task Execute_BadInputObjectVariable_ReportsPathAndReason(string variables, string message)
    {
        var result = await ExecuteAsync(Schema, "query($v: In) { input(i: $v) }", Json(variables));

        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Execute_OneOfVariableWithTwoKeys_IsRequestError()
    {
        var result = await ExecuteAsync(PetSchemaInstance, "query($p: PetInput!) { pet(p: $p) }", Json("{'p':{'cat':'a','dog':'b'}}"));

        Assert.False(result.HasData);
        Assert.EndsWith("Exactly one key must be specified for OneOf type \"PetInput\".", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'p':{'cat':'a'}}", "cat=a")]
    [InlineData("{'p':{'dog':'b'}}", "dog=b")]
    public async Task Execute_OneOfVariableWithOneKey_ReachesResolver(string variables, string expected)
    {
        var result = await ExecuteAsync(PetSchemaInstance, "query($p: PetInput!) { pet(p: $p) }", Json(variables));

        Assert.Equal(expected, result.Data!["pet"]);
    }

    [Fact]
    public async Task Execute_OneOfLiteralWithTwoKeys_IsFieldError()
    {
        var result = await ExecuteAsync(PetSchemaInstance, "{ pet(p: {cat: \"a\", dog: \"b\"}) }");

        Assert.Null(result.Data!["pet"]);
        Assert.Equal("Argument \"p\" has invalid value {cat: \"a\", dog: \"b\"}.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Execute_OneOfVariableWithNullField_IsRequestError()
    {
        var result = await ExecuteAsync(PetSchemaInstance, "query($p: PetInput!) { pet(p: $p) }", Json("{'p':{'cat':null}}"));

        Assert.EndsWith("Field \"cat\" must be non-null.", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => $"{p.Key}={Format(p.Value)}")) + "}",
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Format)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
