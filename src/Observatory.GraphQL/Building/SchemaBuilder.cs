using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>
/// Code-first schema builder. Types refer to each other by SDL type references (<c>"[Pet!]!"</c>), resolved
/// when <see cref="Build"/> runs; calling a type method twice with the same name extends the same type.
/// <code>
/// var schema = new SchemaBuilder()
///     .Query("Query", q => q
///         .Field("hello", "String!", ctx => "world")
///         .Field("dog", "Dog", async ctx => await repo.FindDogAsync(ctx.Argument&lt;string&gt;("name"), ctx.CancellationToken))
///             .Argument("name", "String!"))
///     .Object("Dog", t => t.Implements("Pet").Field("name", "String!"))
///     .Build();
/// </code>
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly OrderedDictionary<string, object> _definitions = new(StringComparer.Ordinal);
    private readonly List<(string Name, object Definition)> _duplicates = [];
    private readonly OrderedDictionary<string, DirectiveBuilder> _directives = new(StringComparer.Ordinal);
    private string? _description;
    private string? _queryName;
    private string? _mutationName;
    private string? _subscriptionName;

    /// <summary>Sets the schema description (<c>__Schema.description</c>).</summary>
    public SchemaBuilder Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Defines (or extends) the query root object type.</summary>
    public SchemaBuilder Query(string name, Action<ObjectTypeBuilder> configure)
    {
        _queryName = name;
        return Object(name, configure);
    }

    /// <summary>Defines (or extends) the query root object type named <c>Query</c>.</summary>
    public SchemaBuilder Query(Action<ObjectTypeBuilder> configure) => Query("Query", configure);

    /// <summary>Defines (or extends) the mutation root object type; its fields run serially.</summary>
    public SchemaBuilder Mutation(string name, Action<ObjectTypeBuilder> configure)
    {
        _mutationName = name;
        return Object(name, configure);
    }

    /// <summary>Defines (or extends) the subscription root object type.</summary>
    public SchemaBuilder Subscription(string name, Action<ObjectTypeBuilder> configure)
    {
        _subscriptionName = name;
        return Object(name, configure);
    }

    /// <summary>Makes the type named <paramref name="name"/> the query root (it must be an object type).</summary>
    public SchemaBuilder QueryType(string name)
    {
        _queryName = name;
        return this;
    }

    /// <summary>Makes the type named <paramref name="name"/> the mutation root (it must be an object type).</summary>
    public SchemaBuilder MutationType(string name)
    {
        _mutationName = name;
        return this;
    }

    /// <summary>Makes the type named <paramref name="name"/> the subscription root (it must be an object type).</summary>
    public SchemaBuilder SubscriptionType(string name)
    {
        _subscriptionName = name;
        return this;
    }

    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new ObjectTypeBuilder(name)));
        return this;
    }

    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new InterfaceTypeBuilder(name)));
        return this;
    }

    public SchemaBuilder Union(string name, Action<UnionTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new UnionTypeBuilder(name)));
        return this;
    }

    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new EnumTypeBuilder(name)));
        return this;
    }

    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder> configure)
    {
        configure(GetOrAdd(name, () => new InputObjectTypeBuilder(name)));
        return this;
    }

    /// <summary>
    /// Adds a custom scalar (a <see cref="ScalarType"/> subclass); it replaces a scalar of the same name declared in
    /// SDL (<see cref="FromSdl(string)"/>), which has no implementation of its own.
    /// </summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (_definitions.GetValueOrDefault(scalar.Name) is SdlScalarType)
        {
            _definitions[scalar.Name] = scalar;
        }
        else if (BuiltInScalars.IsBuiltIn(scalar.Name) || !_definitions.TryAdd(scalar.Name, scalar))
        {
            _duplicates.Add((scalar.Name, scalar));
        }

        return this;
    }

    /// <summary>Defines a custom directive.</summary>
    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        if (!_directives.TryGetValue(name, out var directive))
        {
            directive = new DirectiveBuilder(name);
            _directives.Add(name, directive);
        }

        configure(directive);
        return this;
    }

    private T GetOrAdd<T>(string name, Func<T> create)
        where T : class
    {
        if (_definitions.TryGetValue(name, out var existing))
        {
            if (existing is T same)
            {
                return same;
            }

            var duplicate = create();
            _duplicates.Add((name, duplicate));
            return duplicate;
        }

        var created = create();
        _definitions.Add(name, created);
        return created;
    }
}
