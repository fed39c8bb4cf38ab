using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Introspection;

/// <summary>Fields of each introspection type, in graphql-js order.</summary>
public static partial class IntrospectionTypes
{
    private static void DefineSchema() => SetFields(
        Schema,
        CreateField("description", BuiltInScalars.String, null, c => ((GraphQLSchema)c.Source!).Description),
        CreateField("types", NonNullListOf(Type), "A list of all types supported by this server.", c => ((GraphQLSchema)c.Source!).Types.Values.ToList()),
        CreateField("queryType", NonNull(Type), "The type that query operations will be rooted at.", c => ((GraphQLSchema)c.Source!).QueryType),
        CreateField("mutationType", Type, "If this server supports mutation, the type that mutation operations will be rooted at.", c => ((GraphQLSchema)c.Source!).MutationType),
        CreateField("subscriptionType", Type, "If this server support subscription, the type that subscription operations will be rooted at.", c => ((GraphQLSchema)c.Source!).SubscriptionType),
        CreateField("directives", NonNullListOf(Directive), "A list of all directives supported by this server.", c => ((GraphQLSchema)c.Source!).Directives));

    private static void DefineType()
    {
        var fields = CreateField("fields", new ListType(NonNull(Field)), null, c => c.Source is ComplexType complex
            ? complex.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
            : null);
        fields.Arguments = [IncludeDeprecatedArgument()];
        var enumValues = CreateField("enumValues", new ListType(NonNull(EnumValue)), null, c => c.Source is EnumType enumType
            ? enumType.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList()
            : null);
        enumValues.Arguments = [IncludeDeprecatedArgument()];
        var inputFields = CreateField("inputFields", new ListType(NonNull(InputValue)), null, c => c.Source is InputObjectType input
            ? input.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
            : null);
        inputFields.Arguments = [IncludeDeprecatedArgument()];
        SetFields(
            Type,
            CreateField("kind", NonNull(TypeKindEnum), null, c => ((GraphQLType)c.Source!).Kind),
            CreateField("name", BuiltInScalars.String, null, c => (c.Source as NamedType)?.Name),
            CreateField("description", BuiltInScalars.String, null, c => (c.Source as NamedType)?.Description),
            CreateField("specifiedByURL", BuiltInScalars.String, null, c => (c.Source as ScalarType)?.SpecifiedByUrl),
            fields,
            CreateField("interfaces", new ListType(NonNull(Type)), null, c => (c.Source as ComplexType)?.Interfaces),
            CreateField("possibleTypes", new ListType(NonNull(Type)), null, c => c.Source is NamedType { IsAbstractType: true } abstractType
                ? c.Schema.GetPossibleTypes(abstractType)
                : null),
            enumValues,
            inputFields,
            CreateField("ofType", Type, null, c => c.Source switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            CreateField("isOneOf", BuiltInScalars.Boolean, null, c => c.Source is InputObjectType input ? input.IsOneOf : null));
    }

    private static void DefineField()
    {
        var args = CreateField("args", NonNullListOf(InputValue), null, c => ((FieldDefinition)c.Source!).Arguments
            .Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        args.Arguments = [IncludeDeprecatedArgument()];
        SetFields(
            Field,
            CreateField("name", NonNull(BuiltInScalars.String), null, c => ((FieldDefinition)c.Source!).Name),
            CreateField("description", BuiltInScalars.String, null, c => ((FieldDefinition)c.Source!).Description),
            args,
            CreateField("type", NonNull(Type), null, c => ((FieldDefinition)c.Source!).Type),
            CreateField("isDeprecated", NonNull(BuiltInScalars.Boolean), null, c => ((FieldDefinition)c.Source!).IsDeprecated),
            CreateField("deprecationReason", BuiltInScalars.String, null, c => ((FieldDefinition)c.Source!).DeprecationReason));
    }

    private static void DefineInputValue() => SetFields(
        InputValue,
        CreateField("name", NonNull(BuiltInScalars.String), null, c => ((InputValueDefinition)c.Source!).Name),
        CreateField("description", BuiltInScalars.String, null, c => ((InputValueDefinition)c.Source!).Description),
        CreateField("type", NonNull(Type), null, c => ((InputValueDefinition)c.Source!).Type),
        CreateField("defaultValue", BuiltInScalars.String, "A GraphQL-formatted string representing the default value for this input value.", c =>
            c.Source is InputValueDefinition { HasDefaultValue: true } input ? ValueLiterals.Print(input.DefaultValue, input.Type) : null),
        CreateField("isDeprecated", NonNull(BuiltInScalars.Boolean), null, c => ((InputValueDefinition)c.Source!).IsDeprecated),
        CreateField("deprecationReason", BuiltInScalars.String, null, c => ((InputValueDefinition)c.Source!).DeprecationReason));

    private static void DefineEnumValue() => SetFields(
        EnumValue,
        CreateField("name", NonNull(BuiltInScalars.String), null, c => ((EnumValueDefinition)c.Source!).Name),
        CreateField("description", BuiltInScalars.String, null, c => ((EnumValueDefinition)c.Source!).Description),
        CreateField("isDeprecated", NonNull(BuiltInScalars.Boolean), null, c => ((EnumValueDefinition)c.Source!).IsDeprecated),
        CreateField("deprecationReason", BuiltInScalars.String, null, c => ((EnumValueDefinition)c.Source!).DeprecationReason));

    private static void DefineDirective()
    {
        var args = CreateField("args", NonNullListOf(InputValue), null, c => ((DirectiveDefinition)c.Source!).Arguments
            .Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        args.Arguments = [IncludeDeprecatedArgument()];
        SetFields(
            Directive,
            CreateField("name", NonNull(BuiltInScalars.String), null, c => ((DirectiveDefinition)c.Source!).Name),
            CreateField("description", BuiltInScalars.String, null, c => ((DirectiveDefinition)c.Source!).Description),
            CreateField("isRepeatable", NonNull(BuiltInScalars.Boolean), null, c => ((DirectiveDefinition)c.Source!).IsRepeatable),
            CreateField("locations", NonNullListOf(DirectiveLocationEnum), null, c => ((DirectiveDefinition)c.Source!).Locations),
            args);
    }

    private static EnumType CreateTypeKind()
    {
        var type = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        string[] names = ["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"];
        type.SetValues(names.Select((name, index) => new EnumValueDefinition(name, (TypeKind)index)).ToList());
        return type;
    }

    private static EnumType CreateDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        type.SetValues(DirectiveLocationNames.All.Select((name, index) => new EnumValueDefinition(name, (DirectiveLocation)index)).ToList());
        return type;
    }
}
