using System.Text;
using Observatory.GraphQL.Introspection;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL in graphql-js <c>printSchema</c> style: schema definition (only when needed),
/// custom directives, then types in schema order; built-in scalars, built-in directives and introspection
/// types are left out. Descriptions are block strings; defaults are GraphQL literals.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directive => !directive.IsBuiltIn).Select(PrintDirective));
        parts.AddRange(schema.Types.Values
            .Where(type => !(type is ScalarType && BuiltInScalars.IsBuiltIn(type.Name)) && !IntrospectionTypes.IsIntrospectionType(type.Name))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one named type definition.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {StringLiterals.Quote(url)})" : ""),
        ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Implements(objectType) + Fields(objectType),
        InterfaceType interfaceType => Description(interfaceType.Description) + "interface " + interfaceType.Name + Implements(interfaceType) + Fields(interfaceType),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((value, i) =>
            Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "")
            + Block(input.Fields.Values.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
        _ => throw new ArgumentException($"Unknown type kind {type.Kind}.", nameof(type)),
    };

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        var commonNames = schema.QueryType.Name == "Query"
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is { } mutation)
        {
            builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "")
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(ComplexType type) => Block(type.Fields.Values.Select((field, i) =>
        Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type
        + Deprecated(field.DeprecationReason)));

    private static string Block(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(argument => argument.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type
        + (value.HasDefaultValue ? " = " + ValueLiterals.Print(value.DefaultValue, value.Type) : "")
        + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {StringLiterals.Quote(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : StringLiterals.Quote(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
