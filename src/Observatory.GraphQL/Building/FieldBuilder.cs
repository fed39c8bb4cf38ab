using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>
/// Configures one output field. Methods chain; <see cref="Field(string, string, FieldResolver?)"/> starts the
/// next field of the same type, so a type reads as one expression.
/// </summary>
public sealed class FieldBuilder
{
    private readonly ComplexTypeBuilder _owner;

    internal FieldBuilder(ComplexTypeBuilder owner, string name, string type)
    {
        _owner = owner;
        Name = name;
        TypeReference = type;
    }

    internal string Name { get; }

    internal string TypeReference { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal FieldResolver? Resolver { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    public FieldBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument; a non-null <paramref name="defaultValue"/> becomes its default.</summary>
    public FieldBuilder Argument(string name, string type, string? description = null, object? defaultValue = null)
    {
        var argument = new InputValueBuilder(name, type).Description(description);
        if (defaultValue is not null)
        {
            argument.DefaultValue(defaultValue);
        }

        Arguments.Add(argument);
        return this;
    }

    /// <summary>Adds an argument configured in full (null default, deprecation).</summary>
    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder> configure)
    {
        var argument = new InputValueBuilder(name, type);
        configure(argument);
        Arguments.Add(argument);
        return this;
    }

    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    public FieldBuilder Resolve(Func<ResolveContext, object?> resolver)
    {
        Resolver = Resolvers.FromFunc(resolver);
        return this;
    }

    /// <summary>Resolves from the parent value alone, cast to <typeparamref name="TSource"/>: <c>.Resolve&lt;Dog&gt;(d =&gt; d.Name)</c>.</summary>
    public FieldBuilder Resolve<TSource>(Func<TSource, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(context => resolver(context.Parent<TSource>()));
    }

    /// <summary>Starts the next field of the same type.</summary>
    public FieldBuilder Field(string name, string type, FieldResolver? resolve = null) => _owner.Field(name, type, resolve);

    /// <summary>Goes on to another field of the same type, defined already (by SDL or an earlier call).</summary>
    public FieldBuilder Field(string name) => _owner.Field(name);

    /// <summary>Starts the next field of the same type, with a synchronous resolver.</summary>
    public FieldBuilder Field(string name, string type, Func<ResolveContext, object?> resolve) => _owner.Field(name, type, resolve);
}
