using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Introspection;

/// <summary>
/// The introspection types of Section 4 (Sept 2025), as ordinary object and enum types whose resolvers read
/// the schema model. Shared by every schema; <see cref="All"/> is in graphql-js type-map order.
/// </summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        TypeKindEnum = CreateTypeKind();
        DirectiveLocationEnum = CreateDirectiveLocation();
        Schema = new ObjectType("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
        Type = new ObjectType("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
        Field = new ObjectType("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
        InputValue = new ObjectType("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
        EnumValue = new ObjectType("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
        Directive = new ObjectType("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
        DefineSchema();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineDirective();
        All = [Schema, Type, TypeKindEnum, Field, InputValue, EnumValue, Directive, DirectiveLocationEnum];
        SchemaMetaField = CreateField("__schema", NonNull(Schema), "Access the current type schema of this server.", context => context.Schema);
        TypeMetaField = CreateField("__type", Type, "Request the type information of a single type.", context => context.Schema.GetType(context.Argument<string>("name")!));
        TypeMetaField.Arguments = [new InputValueDefinition("name", NonNull(BuiltInScalars.String))];
        TypeNameMetaField = CreateField("__typename", NonNull(BuiltInScalars.String), "The name of the current Object type at runtime.", context => context.ParentType.Name);
    }

    public static ObjectType Schema { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static ObjectType Directive { get; }

    public static EnumType TypeKindEnum { get; }

    public static EnumType DirectiveLocationEnum { get; }

    /// <summary>The eight introspection types.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root only.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root only.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    /// <summary>True for the names of the introspection types.</summary>
    public static bool IsIntrospectionType(string name) => All.Any(type => string.Equals(type.Name, name, StringComparison.Ordinal));

    private static NonNullType NonNull(GraphQLType type) => new(type);

    private static NonNullType NonNullListOf(GraphQLType type) => new(new ListType(new NonNullType(type)));

    private static FieldDefinition CreateField(string name, GraphQLType type, string? description, Func<ResolveContext, object?> resolve) =>
        new(name, type) { Description = description, Resolver = context => new ValueTask<object?>(resolve(context)) };

    private static InputValueDefinition IncludeDeprecatedArgument() =>
        new("includeDeprecated", BuiltInScalars.Boolean) { HasDefaultValue = true, DefaultValue = false };

    private static bool IncludeDeprecated(ResolveContext context) => context.Argument<bool?>("includeDeprecated") ?? false;

    private static void SetFields(ObjectType type, params FieldDefinition[] fields)
    {
        var map = new OrderedDictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            map.Add(field.Name, field);
        }

        type.Fields = map;
    }
}
