using System.Collections.Concurrent;
using System.Reflection;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Building;

/// <summary>Adapters from convenient delegate shapes to <see cref="FieldResolver"/>.</summary>
public static class Resolvers
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ResultProperties = new();

    /// <summary>
    /// Wraps a synchronous resolver. If it returns a <see cref="Task"/> (a method group returning
    /// <c>Task&lt;T&gt;</c>), the task is awaited and its result used.
    /// </summary>
    public static FieldResolver FromFunc(Func<ResolveContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context =>
        {
            var result = resolve(context);
            return result switch
            {
                Task task => AwaitTaskAsync(task),
                ValueTask<object?> valueTask => valueTask,
                _ => new ValueTask<object?>(result),
            };
        };
    }

    /// <summary>Awaits a task and returns its result (null for a non-generic task).</summary>
    public static async ValueTask<object?> AwaitTaskAsync(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        await task.ConfigureAwait(false);
        var property = ResultProperties.GetOrAdd(task.GetType(), static type =>
            type.IsGenericType ? type.GetProperty(nameof(Task<object>.Result)) : null);
        return property?.GetValue(task);
    }
}
