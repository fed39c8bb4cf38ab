using System.Text.Json;
using Observatory.GraphQL.Tests.Fixtures;
using static Observatory.GraphQL.Tests.Fixtures.TestRunner;

namespace Observatory.GraphQL.Tests.Introspection;

public class IntrospectionTests
{
    private static readonly Observatory.GraphQL.Types.GraphQLSchema Schema = KitchenSchema.Create();

    [Fact]
    public async Task FullQuery_Executes_WithoutErrors()
    {
        var result = await ExecuteAsync(Schema, IntrospectionQueries.Full);

        Assert.Empty(result.Errors);
        Assert.True(result.HasData);
    }

    [Fact]
    public async Task GraphiQLQuery_Executes_WithoutErrors()
    {
        var result = await ExecuteAsync(Schema, IntrospectionQueries.GraphiQLDefault);

        Assert.Empty(result.Errors);
        Assert.Equal(JsonValueKind.Array, Parse(result.ToJson()).GetProperty("data").GetProperty("__schema").GetProperty("types").ValueKind);
    }

    [Fact]
    public async Task FullQuery_Schema_HasDescriptionAndRootTypes()
    {
        var schema = await IntrospectAsync();

        Assert.Equal("Test schema", schema.GetProperty("description").GetString());
        Assert.Equal("{\"name\":\"Query\",\"kind\":\"OBJECT\"}", schema.GetProperty("queryType").GetRawText());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("mutationType").ValueKind);
    }

    [Fact]
    public async Task FullQuery_Types_ListEveryReachableTypeIncludingIntrospectionAndStringBoolean()
    {
        var names = (await IntrospectAsync()).GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();

        Assert.Equal(
            ["Query", "Pet", "Dog", "SearchResult", "Kind", "Filter", "PetRef", "Date", "String", "Int", "Boolean", "ID",
             "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            names);
        Assert.DoesNotContain("Float", names);
    }

    [Fact]
    public async Task FullQuery_Interfaces_AreEmptyListOnObjectsAndInterfacesAndNullElsewhere()
    {
        var schema = await IntrospectAsync();

        Assert.Equal("[]", Type(schema, "Query").GetProperty("interfaces").GetRawText());
        Assert.Equal("[]", Type(schema, "Pet").GetProperty("interfaces").GetRawText());
        Assert.Equal("[{\"kind\":\"INTERFACE\",\"name\":\"Pet\",\"ofType\":null}]", Type(schema, "Dog").GetProperty("interfaces").GetRawText());
        Assert.Equal(JsonValueKind.Null, Type(schema, "Kind").GetProperty("interfaces").ValueKind);
        Assert.Equal(JsonValueKind.Null, Type(schema, "Date").GetProperty("fields").ValueKind);
    }

    [Fact]
    public async Task FullQuery_PossibleTypes_ListedForInterfacesAndUnions()
    {
        var schema = await IntrospectAsync();

        Assert.Equal("Dog", Type(schema, "Pet").GetProperty("possibleTypes")[0].GetProperty("name").GetString());
        Assert.Equal("Dog", Type(schema, "SearchResult").GetProperty("possibleTypes")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, Type(schema, "Dog").GetProperty("possibleTypes").ValueKind);
    }

    [Fact]
    public async Task FullQuery_SpecifiedByUrlAndIsOneOf_FollowTypeKinds()
    {
        var schema = await IntrospectAsync();

        Assert.Equal("https://tools.ietf.org/html/rfc3339", Type(schema, "Date").GetProperty("specifiedByURL").GetString());
        Assert.Equal(JsonValueKind.Null, Type(schema, "String").GetProperty("specifiedByURL").ValueKind);
        Assert.True(Type(schema, "PetRef").GetProperty("isOneOf").GetBoolean());
        Assert.False(Type(schema, "Filter").GetProperty("isOneOf").GetBoolean());
        Assert.Equal(JsonValueKind.Null, Type(schema, "Dog").GetProperty("isOneOf").ValueKind);
    }

    [Fact]
    public async Task FullQuery_DefaultValues_ArePrintedAsGraphQLLiterals()
    {
        var schema = await IntrospectAsync();
        var query = Type(schema, "Query").GetProperty("fields");
        var filter = Type(schema, "Filter").GetProperty("inputFields");

        Assert.Equal("DOG", Argument(query, "pet", "kind").GetProperty("defaultValue").GetString());
        Assert.Equal(JsonValueKind.Null, Argument(query, "pet", "id").GetProperty("defaultValue").ValueKind);
        Assert.Equal("{text: \"x\", limit: 5}", Argument(query, "search", "filter").GetProperty("defaultValue").GetString());
        Assert.Equal("10", Named(filter, "limit").GetProperty("defaultValue").GetString());
        Assert.Equal("[\"a\"]", Named(filter, "tags").GetProperty("defaultValue").GetString());
    }

    [Fact]
    public async Task FullQuery_TypeReferences_ChainOfTypeToNamedType()
    {
        var schema = await IntrospectAsync();
        var type = Named(Type(schema, "Query").GetProperty("fields"), "search").GetProperty("type");

        Assert.Equal(
            "{\"kind\":\"NON_NULL\",\"name\":null,\"ofType\":{\"kind\":\"LIST\",\"name\":null,\"ofType\":{\"kind\":\"NON_NULL\",\"name\":null,\"ofType\":{\"kind\":\"UNION\",\"name\":\"SearchResult\",\"ofType\":null}}}}",
            type.GetRawText());
    }

    [Fact]
    public async Task FullQuery_Deprecation_ReportedOnFieldsArgsInputFieldsAndEnumValues()
    {
        var schema = await IntrospectAsync();
        var queryFields = Type(schema, "Query").GetProperty("fields");

        Assert.Equal("No longer supported", Named(queryFields, "legacy").GetProperty("deprecationReason").GetString());
        Assert.Equal("Use filter.", Argument(queryFields, "search", "old").GetProperty("deprecationReason").GetString());
        Assert.True(Named(Type(schema, "Filter").GetProperty("inputFields"), "since").GetProperty("isDeprecated").GetBoolean());
        Assert.True(Named(Type(schema, "Kind").GetProperty("enumValues"), "FISH").GetProperty("isDeprecated").GetBoolean());
    }

    [Theory]
    [InlineData("{ __type(name: \"Kind\") { enumValues { name } } }", "{'data':{'__type':{'enumValues':[{'name':'DOG'},{'name':'CAT'}]}}}")]
    [InlineData("{ __type(name: \"Kind\") { enumValues(includeDeprecated: true) { name } } }", "{'data':{'__type':{'enumValues':[{'name':'DOG'},{'name':'CAT'},{'name':'FISH'}]}}}")]
    [InlineData("{ __type(name: \"Filter\") { inputFields { name } } }", "{'data':{'__type':{'inputFields':[{'name':'text'},{'name':'limit'},{'name':'tags'}]}}}")]
    [InlineData("{ __type(name: \"Query\") { fields { name args { name } } } }", "{'data':{'__type':{'fields':[{'name':'pet','args':[{'name':'id'},{'name':'kind'}]},{'name':'search','args':[{'name':'filter'}]},{'name':'today','args':[]}]}}}")]
    [InlineData("{ __type(name: \"Query\") { fields(includeDeprecated: null) { name } } }", "{'data':{'__type':{'fields':[{'name':'pet'},{'name':'search'},{'name':'today'}]}}}")]
    [InlineData("{ __type(name: \"Nope\") { name } }", "{'data':{'__type':null}}")]
    public async Task IncludeDeprecated_DefaultsToFalseAndFiltersDeprecatedElements(string query, string expected)
    {
        Assert.Equal(Json(expected), await ExecuteJsonAsync(Schema, query));
    }

    [Fact]
    public async Task Enums_TypeKindHas8ValuesAndDirectiveLocationHas19()
    {
        var schema = await IntrospectAsync();

        Assert.Equal(8, Type(schema, "__TypeKind").GetProperty("enumValues").GetArrayLength());
        Assert.Equal(19, Type(schema, "__DirectiveLocation").GetProperty("enumValues").GetArrayLength());
        Assert.Equal("VARIABLE_DEFINITION", Type(schema, "__DirectiveLocation").GetProperty("enumValues")[7].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Directives_ListBuiltInsAndCustomWithRepeatability()
    {
        var directives = (await IntrospectAsync()).GetProperty("directives");

        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf", "cost"], directives.EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        var deprecated = Named(directives, "deprecated");
        Assert.Equal("\"No longer supported\"", deprecated.GetProperty("args")[0].GetProperty("defaultValue").GetString());
        Assert.Equal(
            ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE"],
            deprecated.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        Assert.True(Named(directives, "cost").GetProperty("isRepeatable").GetBoolean());
        Assert.False(Named(directives, "skip").GetProperty("isRepeatable").GetBoolean());
    }

    [Fact]
    public async Task MetaFields_AreNotListedInFields()
    {
        var fields = Type(await IntrospectAsync(), "Query").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString());

        Assert.DoesNotContain("__typename", fields);
        Assert.DoesNotContain("__schema", fields);
    }

    [Fact]
    public async Task TypeMetaField_OnNonRootType_IsNotAvailable()
    {
        var schema = PetSchema.Create();

        Assert.Equal(Json("{'data':{'dog':{'name':'Rex'}}}"), await ExecuteJsonAsync(schema, "{ dog { name __type(name: \"Dog\") { name } } }"));
    }

    [Fact]
    public async Task IntrospectionTypes_DescribeThemselves()
    {
        var json = await ExecuteJsonAsync(Schema, "{ __type(name: \"__Type\") { kind fields { name } } }");

        Assert.Equal(
            Json("{'data':{'__type':{'kind':'OBJECT','fields':[{'name':'kind'},{'name':'name'},{'name':'description'},{'name':'specifiedByURL'},{'name':'fields'},{'name':'interfaces'},{'name':'possibleTypes'},{'name':'enumValues'},{'name':'inputFields'},{'name':'ofType'},{'name':'isOneOf'}]}}}"),
            json);
    }

    private static async Task<JsonElement> IntrospectAsync()
    {
        var result = await ExecuteAsync(Schema, IntrospectionQueries.Full);
        Assert.Empty(result.Errors);
        return Parse(result.ToJson()).GetProperty("data").GetProperty("__schema");
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static JsonElement Type(JsonElement schema, string name) => Named(schema.GetProperty("types"), name);

    private static JsonElement Named(JsonElement list, string name) =>
        list.EnumerateArray().Single(item => item.GetProperty("name").GetString() == name);

    private static JsonElement Argument(JsonElement fields, string field, string argument) =>
        Named(Named(fields, field).GetProperty("args"), argument);
}
