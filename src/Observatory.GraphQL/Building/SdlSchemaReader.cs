using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>
/// Turns a validated type system document into calls on a <see cref="SchemaBuilder"/>: the schema definition and its
/// extensions, then the type definitions in document order (so the schema lists types as the SDL does), then the type
/// extensions, then the directive definitions.
/// </summary>
internal sealed partial class SdlSchemaReader(SchemaBuilder builder)
{
    private static readonly (string Name, OperationType Operation)[] ImplicitRoots =
        [("Query", OperationType.Query), ("Mutation", OperationType.Mutation), ("Subscription", OperationType.Subscription)];

    public void Read(DocumentNode document)
    {
        ReadSchema(document);
        var scalarUrls = ScalarExtensionUrls(document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ScalarTypeDefinitionNode scalar:
                    ReadScalar(scalar, scalarUrls.GetValueOrDefault(scalar.Name.Value));
                    break;
                case TypeDefinitionNode type:
                    ReadType(type);
                    break;
                default:
                    break;
            }
        }

        foreach (var extension in document.Definitions.OfType<TypeExtensionNode>())
        {
            ReadExtension(extension);
        }

        foreach (var directive in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            ReadDirective(directive);
        }
    }

    /// <summary>Roots from the schema definition and its extensions; without a definition, the types named after them.</summary>
    private void ReadSchema(DocumentNode document)
    {
        var definition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
        if (definition?.Description is { } description)
        {
            builder.Description(description.Value);
        }

        var roots = new Dictionary<OperationType, string>();
        var operationTypes = (definition?.OperationTypes ?? [])
            .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(extension => extension.OperationTypes));
        foreach (var operationType in operationTypes)
        {
            roots[operationType.Operation] = operationType.Type.Name.Value;
        }

        if (definition is null)
        {
            var typeNames = document.Definitions.OfType<TypeDefinitionNode>().Select(type => type.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, operation) in ImplicitRoots)
            {
                if (typeNames.Contains(name))
                {
                    roots.TryAdd(operation, name);
                }
            }
        }

        foreach (var (operation, name) in roots)
        {
            _ = operation switch
            {
                OperationType.Query => builder.QueryType(name),
                OperationType.Mutation => builder.MutationType(name),
                _ => builder.SubscriptionType(name),
            };
        }
    }

    /// <summary>A scalar is kept as a pass-through <see cref="SdlScalarType"/>; a built-in scalar name means the built-in scalar.</summary>
    private void ReadScalar(ScalarTypeDefinitionNode scalar, string? extensionUrl)
    {
        if (!BuiltInScalars.IsBuiltIn(scalar.Name.Value))
        {
            var url = AppliedDirectives.SpecifiedByUrl(scalar.Directives) ?? extensionUrl;
            builder.Scalar(new SdlScalarType(scalar.Name.Value, scalar.Description?.Value, url));
        }
    }

    private static Dictionary<string, string> ScalarExtensionUrls(DocumentNode document)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var extension in document.Definitions.OfType<ScalarTypeExtensionNode>())
        {
            if (AppliedDirectives.SpecifiedByUrl(extension.Directives) is { } url)
            {
                urls[extension.Name.Value] = url;
            }
        }

        return urls;
    }

    private void ReadDirective(DirectiveDefinitionNode directive) => builder.Directive(directive.Name.Value, d =>
    {
        d.Description(directive.Description?.Value).IsRepeatable(directive.Repeatable);
        foreach (var location in directive.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                d.Locations(parsed);
            }
        }

        foreach (var argument in directive.Arguments)
        {
            d.Argument(argument.Name.Value, Printer.Print(argument.Type), a => ReadInputValue(a, argument));
        }
    });

    private static void ReadInputValue(InputValueBuilder value, InputValueDefinitionNode node)
    {
        value.Description(node.Description?.Value);
        if (node.DefaultValue is { } literal)
        {
            value.DefaultLiteral(literal);
        }

        if (AppliedDirectives.DeprecationReason(node.Directives) is { } reason)
        {
            value.Deprecated(reason);
        }
    }
}
