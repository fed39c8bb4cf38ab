using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Introspection;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>Turns the builder's definitions into a validated <see cref="GraphQLSchema"/>.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Resolves every type reference, validates the schema (spec Section 3) and returns it.
    /// </summary>
    /// <exception cref="SchemaValidationException">Listing every problem found.</exception>
    public GraphQLSchema Build()
    {
        var problems = new List<string>();
        foreach (var (name, _) in _duplicates)
        {
            problems.Add(BuiltInScalars.IsBuiltIn(name) || IntrospectionTypes.IsIntrospectionType(name)
                ? $"Type \"{name}\" is built in and cannot be redefined."
                : $"There can be only one type named \"{name}\".");
        }

        var userTypes = new OrderedDictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var (name, definition) in _definitions)
        {
            if (IntrospectionTypes.IsIntrospectionType(name))
            {
                problems.Add($"Type \"{name}\" is built in and cannot be redefined.");
                continue;
            }

            userTypes.Add(name, CreateShell(name, definition));
        }

        var resolver = new TypeResolution(userTypes, problems);
        foreach (var (name, definition) in _definitions)
        {
            if (userTypes.TryGetValue(name, out var type))
            {
                resolver.Fill(type, definition);
            }
        }

        var directives = new List<DirectiveDefinition>(BuiltInDirectives.All);
        foreach (var builder in _directives.Values)
        {
            if (BuiltInDirectives.IsBuiltIn(builder.Name))
            {
                problems.Add($"Directive \"@{builder.Name}\" is built in and cannot be redefined.");
                continue;
            }

            directives.Add(resolver.BuildDirective(builder));
        }

        resolver.LiteralDefaults.CoerceAll();
        var query = ResolveRoot(userTypes, _queryName, "Query", problems);
        var mutation = ResolveRoot(userTypes, _mutationName, "Mutation", problems);
        var subscription = ResolveRoot(userTypes, _subscriptionName, "Subscription", problems);
        if (_queryName is null)
        {
            problems.Add("Query root type must be provided.");
        }

        CheckDistinctRoots(query, mutation, subscription, problems);

        var types = CollectTypes(userTypes, directives);
        problems.AddRange(SchemaValidator.Validate(userTypes.Values, directives));
        if (problems.Count > 0 || query is null)
        {
            throw new SchemaValidationException(problems);
        }

        return new GraphQLSchema(_description, query, mutation, subscription, types, directives);
    }

    private static NamedType CreateShell(string name, object definition) => definition switch
    {
        ObjectTypeBuilder b => new ObjectType(name, b.DescriptionText),
        InterfaceTypeBuilder b => new InterfaceType(name, b.DescriptionText),
        UnionTypeBuilder b => new UnionType(name, b.DescriptionText),
        EnumTypeBuilder b => new EnumType(name, b.DescriptionText),
        InputObjectTypeBuilder b => new InputObjectType(name, b.DescriptionText),
        ScalarType scalar => scalar,
        _ => throw new InvalidOperationException($"Unknown definition {definition.GetType().Name}."),
    };

    private static ObjectType? ResolveRoot(OrderedDictionary<string, NamedType> types, string? name, string operation, List<string> problems)
    {
        if (name is null)
        {
            return null;
        }

        var optional = operation == "Query" ? "" : " if provided";
        switch (types.GetValueOrDefault(name))
        {
            case ObjectType objectType:
                return objectType;
            case null:
                problems.Add($"{operation} root type \"{name}\" is not defined.");
                return null;
            default:
                problems.Add($"{operation} root type must be Object type{optional}, it cannot be {name}.");
                return null;
        }
    }

    /// <summary>Spec 3.3.1: the query, mutation and subscription root types must all be different types.</summary>
    private static void CheckDistinctRoots(ObjectType? query, ObjectType? mutation, ObjectType? subscription, List<string> problems)
    {
        var roots = new (ObjectType? Type, string Operation)[] { (query, "query"), (mutation, "mutation"), (subscription, "subscription") };
        foreach (var group in roots.Where(root => root.Type is not null).GroupBy(root => root.Type!.Name).Where(group => group.Count() > 1))
        {
            problems.Add($"All root types must be different, \"{group.Key}\" type is used as {string.Join(" and ", group.Select(root => root.Operation))} root types.");
        }
    }

    /// <summary>User types in definition order, then String, Boolean and the other scalars in use, then introspection types.</summary>
    private static OrderedDictionary<string, NamedType> CollectTypes(OrderedDictionary<string, NamedType> userTypes, List<DirectiveDefinition> directives)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { "String", "Boolean" };
        void Use(GraphQLType type) => used.Add(type.UnderlyingType.Name);
        foreach (var type in userTypes.Values)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields.Values)
                    {
                        Use(field.Type);
                        field.Arguments.ToList().ForEach(argument => Use(argument.Type));
                    }

                    break;
                case InputObjectType input:
                    input.Fields.Values.ToList().ForEach(field => Use(field.Type));
                    break;
            }
        }

        directives.SelectMany(directive => directive.Arguments).ToList().ForEach(argument => Use(argument.Type));
        var result = new OrderedDictionary<string, NamedType>(userTypes, StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars.All.Where(scalar => used.Contains(scalar.Name)))
        {
            result.TryAdd(scalar.Name, scalar);
        }

        foreach (var type in IntrospectionTypes.All)
        {
            result.TryAdd(type.Name, type);
        }

        return result;
    }
}
