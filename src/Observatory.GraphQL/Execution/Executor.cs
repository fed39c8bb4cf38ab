using Observatory.GraphQL.Introspection;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Execution;

/// <summary>
/// ExecuteOperation, ExecuteCollectedFields and ExecuteField (spec 6.2–6.4). Sibling fields are started
/// together and awaited afterwards (concurrent), mutation root fields one after another.
/// </summary>
internal sealed partial class Executor(ExecutionContext context)
{
    /// <summary>Marks a field that does not exist on its type: it is left out of the response.</summary>
    private static readonly object Omitted = new();

    public async Task<IReadOnlyDictionary<string, object?>?> ExecuteOperationAsync(ObjectType rootType)
    {
        var operation = context.Operation;
        var fields = context.FieldCollector.CollectFields(rootType, operation.SelectionSet);
        try
        {
            return operation.Operation == OperationType.Mutation
                ? await ExecuteFieldsSeriallyAsync(rootType, context.RootValue, fields).ConfigureAwait(false)
                : await ExecuteFieldsAsync(rootType, context.RootValue, null, fields).ConfigureAwait(false);
        }
        catch (FieldErrorException exception)
        {
            context.AddError(exception.Error);
            return null;
        }
    }

    private async ValueTask<OrderedDictionary<string, object?>> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, CollectedFields fields)
    {
        var result = new OrderedDictionary<string, object?>(fields.Groups.Count, StringComparer.Ordinal);
        foreach (var group in fields.Groups)
        {
            ValueTask<object?> pending;
            using (context.DataLoaders.EnterScope())
            {
                pending = ExecuteFieldAsync(type, source, group, null);
            }

            var value = await pending.ConfigureAwait(false);
            if (!ReferenceEquals(value, Omitted))
            {
                result[group.ResponseName] = value;
            }
        }

        return result;
    }

    private ValueTask<OrderedDictionary<string, object?>> ExecuteFieldsAsync(ObjectType type, object? source, ResponsePath? path, CollectedFields fields)
    {
        var groups = fields.Groups;
        var pending = new ValueTask<object?>[groups.Count];
        using (context.DataLoaders.EnterScope())
        {
            for (var i = 0; i < groups.Count; i++)
            {
                // Siblings start together and each ValueTask is awaited exactly once afterwards.
#pragma warning disable CA2012
                pending[i] = ExecuteFieldAsync(type, source, groups[i], path);
#pragma warning restore CA2012
            }
        }

        foreach (var task in pending)
        {
            if (!task.IsCompletedSuccessfully)
            {
                return AwaitFieldsAsync(groups, pending);
            }
        }

        var result = new OrderedDictionary<string, object?>(groups.Count, StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var value = pending[i].Result;
            if (!ReferenceEquals(value, Omitted))
            {
                result[groups[i].ResponseName] = value;
            }
        }

        return new ValueTask<OrderedDictionary<string, object?>>(result);
    }

    private static async ValueTask<OrderedDictionary<string, object?>> AwaitFieldsAsync(IReadOnlyList<FieldGroup> groups, ValueTask<object?>[] pending)
    {
        var result = new OrderedDictionary<string, object?>(groups.Count, StringComparer.Ordinal);
        FieldErrorException? firstError = null;
        for (var i = 0; i < groups.Count; i++)
        {
            try
            {
                var value = await pending[i].ConfigureAwait(false);
                if (!ReferenceEquals(value, Omitted))
                {
                    result[groups[i].ResponseName] = value;
                }
            }
            catch (FieldErrorException exception)
            {
                firstError ??= exception;
            }
        }

        return firstError is null ? result : throw firstError;
    }

    private async ValueTask<object?> ExecuteFieldAsync(ObjectType parentType, object? source, FieldGroup group, ResponsePath? parentPath)
    {
        var fieldNode = group.Nodes[0];
        var field = GetFieldDefinition(parentType, fieldNode.Name.Value);
        if (field is null)
        {
            return Omitted;
        }

        var path = parentPath?.Append(group.ResponseName) ?? ResponsePath.Root(group.ResponseName);
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var arguments = ValueCoercion.CoerceArgumentValues(field.Arguments, fieldNode.Arguments, context.VariableValues);
            var resolveContext = new ResolveContext(context, source, parentType, field, group.Nodes, arguments, path);
            var resolver = field.Resolver ?? DefaultFieldResolver.ResolveAsync;
            var resolved = await resolver(resolveContext).ConfigureAwait(false);
            return await CompleteValueAsync(resolveContext, field.Type, path, resolved).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, field.Type, group.Nodes, path);
        }
    }

    private FieldDefinition? GetFieldDefinition(ObjectType parentType, string name)
    {
        if (name == "__typename")
        {
            return IntrospectionTypes.TypeNameMetaField;
        }

        if (ReferenceEquals(parentType, context.Schema.QueryType))
        {
            if (name == "__schema")
            {
                return IntrospectionTypes.SchemaMetaField;
            }

            if (name == "__type")
            {
                return IntrospectionTypes.TypeMetaField;
            }
        }

        return parentType.Fields.GetValueOrDefault(name);
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;
}
