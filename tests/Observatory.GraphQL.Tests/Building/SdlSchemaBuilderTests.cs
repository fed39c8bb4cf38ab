using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Tests.Building;

/// <summary>Issue 20 item 2: <see cref="SchemaBuilder.FromSdl(string)"/> builds what the SDL says, kind by kind.</summary>
public class SdlSchemaBuilderTests
{
    [Fact]
    public void FromSdl_ObjectsAndInterfaces_KeepFieldsArgumentsAndImplementations()
    {
        var schema = Build("""
            type Query { pet(id: ID!, kinds: [Kind!]! = [DOG]): Pet }
            interface Named { name: String! }
            interface Pet implements Named { name: String! }
            type Dog implements Pet & Named { name: String!, barks: Boolean }
            enum Kind { DOG CAT }
            """);

        var pet = schema.QueryType.Fields["pet"];
        Assert.Equal("Pet", pet.Type.ToString());
        Assert.Equal(["id", "kinds"], pet.Arguments.Select(a => a.Name));
        Assert.Equal("ID!", pet.GetArgument("id")!.Type.ToString());
        Assert.Equal(new List<object?> { "DOG" }, pet.GetArgument("kinds")!.DefaultValue);
        var dog = Assert.IsType<ObjectType>(schema.GetType("Dog"));
        Assert.Equal(["Pet", "Named"], dog.Interfaces.Select(i => i.Name));
        Assert.Equal(["Named"], Assert.IsType<InterfaceType>(schema.GetType("Pet")).Interfaces.Select(i => i.Name));
        Assert.Equal([dog], schema.GetPossibleTypes(schema.GetType("Pet")!));
    }

    [Fact]
    public void FromSdl_Descriptions_AreKeptEverywhere()
    {
        var schema = Build(""""
            "The schema."
            schema { query: Query }
            """
            The root.
            """
            type Query {
              "A field."
              field("An argument." arg: Int): Color
            }
            "Colors."
            enum Color { "Red." RED }
            "Input."
            input In { "Input field." x: Int }
            "A directive."
            directive @tag("Tag name." name: String) on FIELD_DEFINITION
            """");

        Assert.Equal("The schema.", schema.Description);
        Assert.Equal("The root.", schema.QueryType.Description);
        Assert.Equal("A field.", schema.QueryType.Fields["field"].Description);
        Assert.Equal("An argument.", schema.QueryType.Fields["field"].GetArgument("arg")!.Description);
        var color = Assert.IsType<EnumType>(schema.GetType("Color"));
        Assert.Equal(("Colors.", "Red."), (color.Description, color.GetValue("RED")!.Description));
        var input = Assert.IsType<InputObjectType>(schema.GetType("In"));
        Assert.Equal(("Input.", "Input field."), (input.Description, input.Fields["x"].Description));
        var tag = schema.GetDirective("tag")!;
        Assert.Equal(("A directive.", "Tag name."), (tag.Description, tag.GetArgument("name")!.Description));
    }

    [Fact]
    public void FromSdl_Deprecations_OnFieldsArgumentsInputFieldsAndEnumValues()
    {
        var schema = Build("""
            type Query {
              old: Int @deprecated
              field(legacy: Int @deprecated(reason: "Use other.")): Int @deprecated(reason: "Use new.")
            }
            input In { x: Int @deprecated(reason: "Gone.") }
            enum E { A B @deprecated }
            """);

        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, schema.QueryType.Fields["old"].DeprecationReason);
        Assert.Equal("Use new.", schema.QueryType.Fields["field"].DeprecationReason);
        Assert.Equal("Use other.", schema.QueryType.Fields["field"].GetArgument("legacy")!.DeprecationReason);
        Assert.Equal("Gone.", Assert.IsType<InputObjectType>(schema.GetType("In")).Fields["x"].DeprecationReason);
        var e = Assert.IsType<EnumType>(schema.GetType("E"));
        Assert.Equal([null, BuiltInDirectives.DefaultDeprecationReason], e.Values.Select(v => v.DeprecationReason));
    }

    [Fact]
    public void FromSdl_CustomScalar_KeepsSpecifiedByFromDefinitionOrExtension()
    {
        var schema = Build("""
            type Query { a: Date, b: Url }
            scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
            scalar Url
            extend scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            """);

        Assert.Equal("https://tools.ietf.org/html/rfc3339", Assert.IsAssignableFrom<ScalarType>(schema.GetType("Date")).SpecifiedByUrl);
        Assert.Equal("https://url.spec.whatwg.org/", Assert.IsAssignableFrom<ScalarType>(schema.GetType("Url")).SpecifiedByUrl);
    }

    [Fact]
    public void FromSdl_OneOfInput_IsOneOf() =>
        Assert.True(Assert.IsType<InputObjectType>(Build("""
            type Query { find(by: By!): Int }
            input By @oneOf { id: ID, name: String }
            """).GetType("By")).IsOneOf);

    [Fact]
    public void FromSdl_UnionsAndEnums_KeepMembersInOrder()
    {
        var schema = Build("""
            type Query { result: Result, color: Color }
            type A { a: Int }
            type B { b: Int }
            union Result = | A | B
            enum Color { RED GREEN }
            """);

        Assert.Equal(["A", "B"], Assert.IsType<UnionType>(schema.GetType("Result")).Types.Select(t => t.Name));
        Assert.Equal(["RED", "GREEN"], Assert.IsType<EnumType>(schema.GetType("Color")).Values.Select(v => v.Name));
    }

    [Fact]
    public void FromSdl_DirectiveDefinition_KeepsArgumentsLocationsAndRepeatable()
    {
        var directive = Build("""
            type Query { a: Int }
            directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT
            """).GetDirective("cost")!;

        Assert.True(directive.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], directive.Locations);
        Assert.Equal(1, directive.GetArgument("weight")!.DefaultValue);
    }

    [Fact]
    public void FromSdl_SchemaDefinition_NamesTheRoots()
    {
        var schema = Build("""
            schema { query: Root, mutation: Change }
            extend schema { subscription: Feed }
            type Root { a: Int }
            type Change { b: Int }
            type Feed { c: Int }
            """);

        Assert.Equal(("Root", "Change", "Feed"), (schema.QueryType.Name, schema.MutationType?.Name, schema.SubscriptionType?.Name));
    }

    [Fact]
    public void FromSdl_NoSchemaDefinition_RootsAreTheTypesNamedAfterThem()
    {
        var schema = Build("type Query { a: Int }\ntype Mutation { b: Int }");

        Assert.Equal(("Query", "Mutation", null), (schema.QueryType.Name, schema.MutationType?.Name, schema.SubscriptionType?.Name));
    }

    [Fact]
    public void FromSdl_TypeExtensions_AddFieldsInterfacesMembersValuesAndInputFields()
    {
        var schema = Build("""
            extend type Query { b: Int }
            type Query { a: Int }
            interface Node { id: ID! }
            type Item { name: String }
            extend type Item implements Node { id: ID!, version: Int }
            extend interface Node { version: Int }
            type Other { x: Int }
            union Any = Item
            extend union Any = Other
            enum E { A }
            extend enum E { B }
            input In { x: Int }
            extend input In { y: Int }
            input Choice { a: Int }
            extend input Choice @oneOf
            """);

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Keys);
        var item = Assert.IsType<ObjectType>(schema.GetType("Item"));
        Assert.Equal(["name", "id", "version"], item.Fields.Keys);
        Assert.Equal(["Node"], item.Interfaces.Select(i => i.Name));
        Assert.Equal(["id", "version"], Assert.IsType<InterfaceType>(schema.GetType("Node")).Fields.Keys);
        Assert.Equal(["Item", "Other"], Assert.IsType<UnionType>(schema.GetType("Any")).Types.Select(t => t.Name));
        Assert.Equal(["A", "B"], Assert.IsType<EnumType>(schema.GetType("E")).Values.Select(v => v.Name));
        Assert.Equal(["x", "y"], Assert.IsType<InputObjectType>(schema.GetType("In")).Fields.Keys);
        Assert.True(Assert.IsType<InputObjectType>(schema.GetType("Choice")).IsOneOf);
    }

    [Fact]
    public void FromSdl_Defaults_AreCoercedLiterals()
    {
        var schema = Build("""
            type Query { f(a: Int = 3, b: String = "x", c: Color = RED, d: In = {x: 1}, e: [Int] = 7, n: Int = null): Int }
            enum Color { RED }
            input In { x: Int, y: Int = 2 }
            """);

        var field = schema.QueryType.Fields["f"];
        Assert.Equal(3, field.GetArgument("a")!.DefaultValue);
        Assert.Equal("x", field.GetArgument("b")!.DefaultValue);
        Assert.Equal("RED", field.GetArgument("c")!.DefaultValue);
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 1, ["y"] = 2 }, (IEnumerable<KeyValuePair<string, object?>>)field.GetArgument("d")!.DefaultValue!);
        Assert.Equal(new List<object?> { 7 }, field.GetArgument("e")!.DefaultValue);
        Assert.True(field.GetArgument("n")!.HasDefaultValue);
        Assert.Null(field.GetArgument("n")!.DefaultValue);
    }

    [Fact]
    public void FromSdl_ExecutableDefinitions_AreIgnored() =>
        Assert.Equal(["a"], Build("type Query { a: Int }\nquery Q { a }\nfragment F on Query { a }").QueryType.Fields.Keys);

    [Fact]
    public void FromSdl_BuiltInScalarDefinition_MeansTheBuiltInScalar() =>
        Assert.Same(BuiltInScalars.String, Build("scalar String\ntype Query { a: String }").GetType("String"));

    private static GraphQLSchema Build(string sdl) => SchemaBuilder.FromSdl(sdl).Build();
}
