using Observatory.GraphQL.Introspection;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Sdl;

/// <summary>
/// The schema an SDL document extends, as the SDL rules see it: its types (kind and members), its root operation
/// types and its directives. Read from the SDL the schema was built from, as graphql-js <c>buildSchema</c> reads it:
/// types named <c>Query</c>, <c>Mutation</c> and <c>Subscription</c> are the roots when there is no schema
/// definition; <c>String</c>, <c>Boolean</c>, the introspection types and the built-in scalars the SDL uses are
/// types of the schema; built-in directives the SDL does not redefine are directives of the schema.
/// </summary>
internal sealed class ExtendedSchema
{
    private readonly Dictionary<string, ExistingType> _types;
    private readonly HashSet<OperationType> _rootOperations;

    private ExtendedSchema(Dictionary<string, ExistingType> types, HashSet<OperationType> rootOperations, bool hasSchemaDefinition, IReadOnlyList<DirectiveSignature> directives)
    {
        _types = types;
        _rootOperations = rootOperations;
        IsSchemaDefined = hasSchemaDefinition || rootOperations.Count > 0;
        Directives = directives;
    }

    /// <summary>True when the schema has a schema definition or any root operation type.</summary>
    public bool IsSchemaDefined { get; }

    public IReadOnlyList<DirectiveSignature> Directives { get; }

    public IEnumerable<string> TypeNames => _types.Keys;

    public ExistingType? GetType(string name) => _types.GetValueOrDefault(name);

    public bool HasRootType(OperationType operation) => _rootOperations.Contains(operation);

    /// <summary>Reads the schema defined by <paramref name="sdl"/> (assumed valid, as graphql-js assumes a built schema is).</summary>
    public static ExtendedSchema FromDocument(DocumentNode sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var members = new Dictionary<string, (TypeKind Kind, HashSet<string> Members)>(StringComparer.Ordinal);
        var rootOperations = new HashSet<OperationType>();
        var hasSchemaDefinition = false;
        var directiveNodes = new List<DirectiveDefinitionNode>();
        foreach (var definition in sdl.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    hasSchemaDefinition = true;
                    rootOperations.UnionWith(schema.OperationTypes.Select(o => o.Operation));
                    break;
                case SchemaExtensionNode extension:
                    rootOperations.UnionWith(extension.OperationTypes.Select(o => o.Operation));
                    break;
                case DirectiveDefinitionNode directive:
                    directiveNodes.Add(directive);
                    break;
                default:
                    if (TypeSystemKinds.Of(definition) is { } kind)
                    {
                        var name = definition is TypeDefinitionNode type ? type.Name.Value : ((TypeExtensionNode)definition).Name.Value;
                        (TypeKind Kind, HashSet<string> Members) entry = members.TryGetValue(name, out var known)
                            ? (definition is TypeDefinitionNode ? kind : known.Kind, known.Members)
                            : (kind, new HashSet<string>(StringComparer.Ordinal));
                        entry.Members.UnionWith(MemberNames(definition));
                        members[name] = entry;
                    }

                    break;
            }
        }

        if (!hasSchemaDefinition)
        {
            AddImplicitRoot(members, rootOperations, "Query", OperationType.Query);
            AddImplicitRoot(members, rootOperations, "Mutation", OperationType.Mutation);
            AddImplicitRoot(members, rootOperations, "Subscription", OperationType.Subscription);
        }

        var types = members.ToDictionary(pair => pair.Key, pair => new ExistingType(pair.Value.Kind, pair.Value.Members), StringComparer.Ordinal);
        var referenced = ReferencedTypeNames(sdl);
        foreach (var builtIn in BuiltInScalars.All.Where(s => s.Name is "String" or "Boolean" || referenced.Contains(s.Name)).Concat(IntrospectionTypes.All))
        {
            types.TryAdd(builtIn.Name, FromType(builtIn));
        }

        var directives = BuiltInDirectives.All
            .Where(builtIn => directiveNodes.TrueForAll(node => node.Name.Value != builtIn.Name))
            .Select(DirectiveSignature.FromDefinition)
            .Concat(directiveNodes.Select(DirectiveSignature.FromNode))
            .ToList();
        return new ExtendedSchema(types, rootOperations, hasSchemaDefinition, directives);
    }

    private static void AddImplicitRoot(Dictionary<string, (TypeKind, HashSet<string>)> types, HashSet<OperationType> roots, string name, OperationType operation)
    {
        if (types.ContainsKey(name))
        {
            roots.Add(operation);
        }
    }

    private static IEnumerable<string> MemberNames(DefinitionNode definition) => definition switch
    {
        ObjectTypeDefinitionNode node => node.Fields.Select(f => f.Name.Value),
        ObjectTypeExtensionNode node => node.Fields.Select(f => f.Name.Value),
        InterfaceTypeDefinitionNode node => node.Fields.Select(f => f.Name.Value),
        InterfaceTypeExtensionNode node => node.Fields.Select(f => f.Name.Value),
        InputObjectTypeDefinitionNode node => node.Fields.Select(f => f.Name.Value),
        InputObjectTypeExtensionNode node => node.Fields.Select(f => f.Name.Value),
        EnumTypeDefinitionNode node => node.Values.Select(v => v.Name.Value),
        EnumTypeExtensionNode node => node.Values.Select(v => v.Name.Value),
        _ => [],
    };

    private static ExistingType FromType(NamedType type) => new(type.Kind, type switch
    {
        ComplexType complex => complex.Fields.Keys.ToHashSet(StringComparer.Ordinal),
        InputObjectType input => input.Fields.Keys.ToHashSet(StringComparer.Ordinal),
        EnumType enumType => enumType.Values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal),
        _ => new HashSet<string>(StringComparer.Ordinal),
    });

    private static HashSet<string> ReferencedTypeNames(DocumentNode sdl)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Visitor.Visit(sdl, node =>
        {
            if (node is NamedTypeNode named)
            {
                names.Add(named.Name.Value);
            }

            return VisitAction.Continue;
        });
        return names;
    }
}
