using System.Globalization;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Execution;

/// <summary>What a resolver knows: the parent value, coerced arguments, the field, the request and its services.</summary>
public sealed class ResolveContext
{
    private readonly ExecutionContext _execution;

    internal ResolveContext(
        ExecutionContext execution,
        object? source,
        ObjectType parentType,
        FieldDefinition field,
        IReadOnlyList<FieldNode> fieldNodes,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath path)
    {
        _execution = execution;
        Source = source;
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        Arguments = arguments;
        Path = path;
    }

    /// <summary>The parent object's resolved value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>The object type that owns the field.</summary>
    public ObjectType ParentType { get; }

    public FieldDefinition Field { get; }

    /// <summary>The field's return type.</summary>
    public GraphQLType ReturnType => Field.Type;

    /// <summary>Every field node merged into this field (same response name).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>Coerced argument values; an absent argument without default has no entry.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public ResponsePath Path { get; }

    public GraphQLSchema Schema => _execution.Schema;

    public OperationDefinitionNode Operation => _execution.Operation;

    /// <summary>The fragment definitions of the document, by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

    /// <summary>Coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _execution.VariableValues;

    public object? RootValue => _execution.RootValue;

    /// <summary>Request services (e.g. ASP.NET Core <c>HttpContext.RequestServices</c>), or null.</summary>
    public IServiceProvider? Services => _execution.Services;

    /// <summary>Application state attached to the request, or null.</summary>
    public object? UserContext => _execution.UserContext;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    public T Parent<T>() => Source is T typed
        ? typed
        : throw new InvalidOperationException($"The source of {ParentType.Name}.{Field.Name} is {Source?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    /// <summary>True if the argument was given (or has a default).</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// The argument converted to <typeparamref name="T"/> (numbers and enums by conversion), or
    /// <c>default</c> when absent or null.
    /// </summary>
    public T? Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum)
        {
            return (T)(value is string text ? Enum.Parse(target, text, ignoreCase: true) : Enum.ToObject(target, value));
        }

        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The request's DataLoader named <paramref name="key"/>, created on first use with <paramref name="batch"/>.
    /// Loads queued while the executor schedules a level are sent in one batch.
    /// </summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(
        string key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        _execution.DataLoaders.GetOrAdd(key, batch);
}
