using Observatory.GraphQL.Building;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Tests.Building;

/// <summary>Type-system validation at build time (spec Section 3), one rule per test.</summary>
public class SchemaValidatorTests
{
    [Fact]
    public void Build_ValidSchema_Succeeds() => Assert.NotNull(Fixtures.PetSchema.Create());

    [Fact]
    public void Build_NoQueryRoot_Fails() =>
        AssertProblem(new SchemaBuilder().Object("A", t => t.Field("x", "Int")), "Query root type must be provided.");

    [Fact]
    public void Build_RootTypeNotObject_Fails() =>
        AssertProblem(
            new SchemaBuilder().Interface("Node", t => t.Field("id", "ID!")).QueryType("Node"),
            "Query root type must be Object type, it cannot be Node.");

    [Fact]
    public void Build_MutationRootNotObject_Fails() =>
        AssertProblem(
            Valid().InputObject("In", i => i.Field("a", "Int")).MutationType("In"),
            "Mutation root type must be Object type if provided, it cannot be In.");

    [Fact]
    public void Build_SameTypeForTwoRoots_Fails() =>
        AssertProblem(Valid().MutationType("Query"), "All root types must be different, \"Query\" type is used as query and mutation root types.");

    [Fact]
    public void Build_DoubleUnderscoreTypeName_Fails() =>
        AssertProblem(Valid().Object("__Bad", t => t.Field("x", "Int")), "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.");

    [Fact]
    public void Build_DoubleUnderscoreFieldName_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("__x", "Int")), "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.");

    [Fact]
    public void Build_DoubleUnderscoreArgumentName_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "Int").Argument("__a", "Int")), "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.");

    [Fact]
    public void Build_InvalidName_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("my-field", "Int")), "Names must only contain [_a-zA-Z0-9] but \"my-field\" does not.");

    [Fact]
    public void Build_UnknownTypeReference_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "Missing")), "Unknown type \"Missing\" referenced by \"A.x\".");

    [Fact]
    public void Build_MalformedTypeReference_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "[Int")), "Type reference \"[Int\" of \"A.x\" is not valid SDL.");

    [Fact]
    public void Build_DuplicateTypeName_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "Int")).Enum("A", e => e.Value("X")), "There can be only one type named \"A\".");

    [Fact]
    public void Build_DuplicateField_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "Int").Field("x", "String")), "Field \"A.x\" can only be defined once.");

    [Fact]
    public void Build_DuplicateArgument_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "Int").Argument("a", "Int").Argument("a", "String")), "Argument \"A.x(a:)\" can only be defined once.");

    [Fact]
    public void Build_DuplicateInputField_Fails() =>
        AssertProblem(Valid().InputObject("In", i => i.Field("a", "Int").Field("a", "String")), "Input field \"In.a\" can only be defined once.");

    [Fact]
    public void Build_ObjectWithoutFields_Fails() =>
        AssertProblem(Valid().Object("A", _ => { }), "Type A must define one or more fields.");

    [Fact]
    public void Build_FieldOfInputType_Fails() =>
        AssertProblem(Valid().InputObject("In", i => i.Field("a", "Int")).Object("A", t => t.Field("x", "In")), "The type of A.x must be Output Type but got: In.");

    [Fact]
    public void Build_ArgumentOfOutputType_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "Int").Argument("a", "A")), "The type of A.x(a:) must be Input Type but got: A.");

    [Fact]
    public void Build_RequiredArgumentDeprecated_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "Int").Argument("a", "Int!", a => a.Deprecated())), "Required argument A.x(a:) cannot be deprecated.");

    [Fact]
    public void Build_DefaultValueOfWrongType_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Field("x", "Int").Argument("a", "Int", defaultValue: "ten")), "Default value of A.x(a:) is invalid: Int cannot represent non-integer value: \"ten\"");

    [Fact]
    public void Build_UnknownEnumDefault_Fails() =>
        AssertProblem(Valid().Enum("E", e => e.Value("A")).InputObject("In", i => i.Field("e", "E", defaultValue: "B")), "Default value of In.e is invalid: Enum \"E\" cannot represent value: \"B\"");

    [Fact]
    public void Build_ImplementsNonInterface_Fails() =>
        AssertProblem(Valid().Object("A", t => t.Implements("Query").Field("x", "Int")), "Type A must only implement Interface types, it cannot implement Query.");

    [Fact]
    public void Build_InterfaceFieldMissing_Fails() =>
        AssertProblem(Valid().Interface("I", t => t.Field("id", "ID!")).Object("A", t => t.Implements("I").Field("x", "Int")), "Interface field I.id expected but A does not provide it.");

    [Fact]
    public void Build_InterfaceFieldNotCovariant_Fails() =>
        AssertProblem(
            Valid().Interface("I", t => t.Field("id", "ID!")).Object("A", t => t.Implements("I").Field("id", "ID")),
            "Interface field I.id expects type ID! but A.id is type ID.");

    [Fact]
    public void Build_InterfaceFieldCovariantSubtype_Succeeds()
    {
        var schema = Valid()
            .Interface("I", t => t.Field("friends", "[I]"))
            .Object("A", t => t.Implements("I").Field("friends", "[A!]!"))
            .Build();

        Assert.True(schema.IsSubType(schema.GetType("A")!, schema.GetType("I")!));
    }

    [Fact]
    public void Build_InterfaceArgumentMissing_Fails() =>
        AssertProblem(
            Valid().Interface("I", t => t.Field("x", "Int").Argument("a", "Int")).Object("A", t => t.Implements("I").Field("x", "Int")),
            "Interface field argument I.x(a:) expected but A.x does not provide it.");

    [Fact]
    public void Build_InterfaceArgumentTypeDiffers_Fails() =>
        AssertProblem(
            Valid().Interface("I", t => t.Field("x", "Int").Argument("a", "Int")).Object("A", t => t.Implements("I").Field("x", "Int").Argument("a", "Int!")),
            "Interface field argument I.x(a:) expects type Int but A.x(a:) is type Int!.");

    [Fact]
    public void Build_ExtraRequiredArgument_Fails() =>
        AssertProblem(
            Valid().Interface("I", t => t.Field("x", "Int")).Object("A", t => t.Implements("I").Field("x", "Int").Argument("b", "Int!")),
            "Object field A.x includes required argument b that is missing from the Interface field I.x.");

    [Fact]
    public void Build_TransitiveInterfaceNotDeclared_Fails() =>
        AssertProblem(
            Valid().Interface("Node", t => t.Field("id", "ID!")).Interface("Resource", t => t.Implements("Node").Field("id", "ID!"))
                .Object("A", t => t.Implements("Resource").Field("id", "ID!")),
            "Type A must implement Node because it is implemented by Resource.");

    [Fact]
    public void Build_InterfaceImplementsItself_Fails() =>
        AssertProblem(Valid().Interface("I", t => t.Implements("I").Field("x", "Int")), "Type I cannot implement itself because it would create a circular reference.");

    [Fact]
    public void Build_UnionOfNonObject_Fails() =>
        AssertProblem(Valid().Interface("I", t => t.Field("x", "Int")).Union("U", u => u.Types("Query", "I")), "Union type U can only include Object types, it cannot include I.");

    [Fact]
    public void Build_EmptyUnion_Fails() =>
        AssertProblem(Valid().Union("U", _ => { }), "Union type U must define one or more member types.");

    [Fact]
    public void Build_EmptyEnum_Fails() =>
        AssertProblem(Valid().Enum("E", _ => { }), "Enum type E must define one or more values.");

    [Fact]
    public void Build_EnumValueTrue_Fails() =>
        AssertProblem(Valid().Enum("E", e => e.Value("true")), "Enum type E cannot include value: true.");

    [Fact]
    public void Build_InputFieldOfOutputType_Fails() =>
        AssertProblem(Valid().InputObject("In", i => i.Field("q", "Query")), "The type of In.q must be Input Type but got: Query.");

    [Fact]
    public void Build_NonNullInputCycle_Fails() =>
        AssertProblem(
            Valid().InputObject("A", i => i.Field("b", "B!")).InputObject("B", i => i.Field("a", "A!")),
            "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".");

    [Fact]
    public void Build_NullableOrListInputCycle_Succeeds() =>
        Assert.NotNull(Valid().InputObject("A", i => i.Field("b", "B!").Field("self", "[A!]!")).InputObject("B", i => i.Field("a", "A")).Build());

    [Fact]
    public void Build_OneOfFieldNonNull_Fails() =>
        AssertProblem(Valid().InputObject("P", i => i.OneOf().Field("a", "String!").Field("b", "Int")), "OneOf input field P.a must be nullable.");

    [Fact]
    public void Build_OneOfFieldWithDefault_Fails() =>
        AssertProblem(Valid().InputObject("P", i => i.OneOf().Field("a", "String", defaultValue: "x").Field("b", "Int")), "OneOf input field P.a cannot have a default value.");

    [Fact]
    public void Build_DirectiveWithoutLocations_Fails() =>
        AssertProblem(Valid().Directive("cost", d => d.Argument("weight", "Int!")), "Directive @cost must include 1 or more locations.");

    [Fact]
    public void Build_DirectiveArgumentOfOutputType_Fails() =>
        AssertProblem(Valid().Directive("d", d => d.Locations(DirectiveLocation.Field).Argument("a", "Query")), "The type of @d(a:) must be Input Type but got: Query.");

    [Fact]
    public void Build_RedefinedBuiltInDirective_Fails() =>
        AssertProblem(Valid().Directive("skip", d => d.Locations(DirectiveLocation.Field)), "Directive \"@skip\" is built in and cannot be redefined.");

    [Fact]
    public void Build_SeveralProblems_ListsThemAll()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => Valid().Enum("E", _ => { }).Union("U", _ => { }).Build());

        Assert.Equal(2, exception.Problems.Count);
        Assert.Contains("Enum type E must define one or more values.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Union type U must define one or more member types.", exception.Message, StringComparison.Ordinal);
    }

    private static SchemaBuilder Valid() => new SchemaBuilder().Query(q => q.Field("ok", "Int"));

    private static void AssertProblem(SchemaBuilder builder, string expected)
    {
        var exception = Assert.Throws<SchemaValidationException>(builder.Build);
        Assert.Contains(expected, exception.Problems);
    }
}
