using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Types;

/// <summary>
/// A validated, immutable schema: root types, every named type (user types in definition order, then the
/// specified scalars in use, then the introspection types) and directives. Build one with
/// <see cref="Building.SchemaBuilder"/>.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes;
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations;

    internal GraphQLSchema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyDictionary<string, NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        Directives = directives;
        _directivesByName = directives.ToDictionary(directive => directive.Name, StringComparer.Ordinal);
        _possibleTypes = [];
        _interfaceImplementations = [];
        foreach (var type in types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    break;
                case InterfaceType interfaceType:
                    _possibleTypes[interfaceType] = types.Values.OfType<ObjectType>().Where(o => o.Implements(interfaceType)).ToList();
                    _interfaceImplementations[interfaceType] = types.Values.OfType<InterfaceType>().Where(i => i.Implements(interfaceType)).ToList();
                    break;
            }
        }
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name, in a stable order.</summary>
    public IReadOnlyDictionary<string, NamedType> Types { get; }

    /// <summary>Built-in directives first, then custom ones in definition order.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    public NamedType? GetType(string name) => Types.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type of an operation kind, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types of a union, or the object types implementing an interface.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>The interfaces that declare <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.TryGetValue(interfaceType, out var types) ? types : [];

    /// <summary>True if <paramref name="objectType"/> is a possible type of the abstract type.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        ReferenceEquals(abstractType, objectType) || GetPossibleTypes(abstractType).Contains(objectType);

    /// <summary>True if <paramref name="maybeSubType"/> can stand where <paramref name="superType"/> is expected.</summary>
    public bool IsSubType(GraphQLType maybeSubType, GraphQLType superType) => TypeComparison.IsSubType(maybeSubType, superType);
}
