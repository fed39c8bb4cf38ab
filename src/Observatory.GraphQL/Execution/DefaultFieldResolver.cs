using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Observatory.GraphQL.Building;

namespace Observatory.GraphQL.Execution;

/// <summary>
/// The resolver of fields declared without one: a dictionary entry, a JSON property, or a public property of
/// the source named like the field (case-insensitive). Task-valued properties are awaited.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static ValueTask<object?> ResolveAsync(ResolveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = Read(context.Source, context.Field.Name);
        return value is Task task ? Resolvers.AwaitTaskAsync(task) : new ValueTask<object?>(value);
    }

    private static object? Read(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(name);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case IDictionary legacy:
                return legacy.Contains(name) ? legacy[name] : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? property : null;
            default:
                var info = Properties.GetOrAdd((source.GetType(), name), static key =>
                    key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
                return info?.GetValue(source);
        }
    }
}
