using System.Collections;
using System.Text.Json;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Execution;

/// <summary>CompleteValue (spec 6.4.3): non-null checks, lists with index paths, leaves, abstract and object types.</summary>
internal sealed partial class Executor
{
    private ValueTask<object?> CompleteValueAsync(ResolveContext info, GraphQLType type, ResponsePath path, object? result)
    {
        if (result is JsonElement element)
        {
            result = element.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.Array => element.EnumerateArray().Cast<object?>().ToList(),
                _ => element,
            };
        }

        if (type is NonNullType nonNull)
        {
            var inner = CompleteValueAsync(info, nonNull.OfType, path, result);
            return inner.IsCompletedSuccessfully ? new ValueTask<object?>(CheckNonNull(info, inner.Result)) : CheckNonNullAsync(info, inner);
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        return type switch
        {
            ListType list => CompleteListAsync(info, list, path, result),
            ScalarType scalar => new ValueTask<object?>(SerializeLeaf(scalar, result)),
            EnumType enumType => new ValueTask<object?>(SerializeLeaf(enumType, result)),
            ObjectType objectType => CompleteObjectAsync(info, objectType, path, result),
            _ => CompleteObjectAsync(info, ResolveAbstractType(info, type.UnderlyingType, result), path, result),
        };
    }

    private static object CheckNonNull(ResolveContext info, object? completed) =>
        completed ?? throw new GraphQLException(
            ExecutionMessages.NonNullFieldReturnedNull(info.ParentType.Name, info.Field.Name),
            ErrorCodes.ResultCoercionFailed);

    private static async ValueTask<object?> CheckNonNullAsync(ResolveContext info, ValueTask<object?> inner) =>
        CheckNonNull(info, await inner.ConfigureAwait(false));

    /// <summary>Result coercion of a leaf; a coercion failure becomes a RESULT_COERCION_FAILED error.</summary>
    private static object SerializeLeaf(NamedType leaf, object value)
    {
        try
        {
            return leaf is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)leaf).Serialize(value);
        }
        catch (GraphQLException exception) when (exception.Code is null)
        {
            throw new GraphQLException(exception.Message, ErrorCodes.ResultCoercionFailed);
        }
    }

    private async ValueTask<object?> CompleteListAsync(ResolveContext info, ListType type, ResponsePath path, object result)
    {
        if (result is string or IDictionary || result is not IEnumerable enumerable)
        {
            throw new GraphQLException(
                ExecutionMessages.ExpectedIterable(info.ParentType.Name, info.Field.Name),
                ErrorCodes.ResultCoercionFailed);
        }

        var items = result as IList ?? enumerable.Cast<object?>().ToList();
        var pending = new ValueTask<object?>[items.Count];
        using (context.DataLoaders.EnterScope())
        {
            for (var i = 0; i < items.Count; i++)
            {
                // Siblings start together and each ValueTask is awaited exactly once afterwards.
#pragma warning disable CA2012
                pending[i] = CompleteListItemAsync(info, type.OfType, path.Append(i), items[i]);
#pragma warning restore CA2012
            }
        }

        var completed = new List<object?>(items.Count);
        FieldErrorException? firstError = null;
        foreach (var task in pending)
        {
            try
            {
                completed.Add(await task.ConfigureAwait(false));
            }
            catch (FieldErrorException exception)
            {
                firstError ??= exception;
            }
        }

        return firstError is null ? completed : throw firstError;
    }

    private async ValueTask<object?> CompleteListItemAsync(ResolveContext info, GraphQLType itemType, ResponsePath path, object? item)
    {
        try
        {
            return await CompleteValueAsync(info, itemType, path, item).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(exception, itemType, info.FieldNodes, path);
        }
    }

    private ValueTask<object?> CompleteObjectAsync(ResolveContext info, ObjectType type, ResponsePath path, object result)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLException(ExecutionMessages.ExpectedValueOfType(type.Name, Inspector.Inspect(result)), ErrorCodes.ResultCoercionFailed);
        }

        var subfields = context.FieldCollector.CollectSubfields(type, info.FieldNodes);
        var fields = ExecuteFieldsAsync(type, result, path, subfields);
        return fields.IsCompletedSuccessfully ? new ValueTask<object?>(fields.Result) : AwaitObjectAsync(fields);
    }

    private static async ValueTask<object?> AwaitObjectAsync(ValueTask<OrderedDictionary<string, object?>> fields) =>
        await fields.ConfigureAwait(false);

    private ObjectType ResolveAbstractType(ResolveContext info, NamedType abstractType, object result)
    {
        var resolver = abstractType switch
        {
            InterfaceType interfaceType => interfaceType.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
        var typeName = resolver?.Invoke(result, info) ?? TypeNameFromValue(result);
        typeName ??= possibleTypes.FirstOrDefault(candidate => candidate.IsTypeOf?.Invoke(result) == true)?.Name;
        typeName ??= possibleTypes.FirstOrDefault(candidate => candidate.IsTypeOf is null && candidate.Name == result.GetType().Name)?.Name;
        if (typeName is null)
        {
            throw new GraphQLException(
                ExecutionMessages.AbstractTypeNotResolved(abstractType.Name, info.ParentType.Name, info.Field.Name),
                ErrorCodes.ResultCoercionFailed);
        }

        return context.Schema.GetType(typeName) switch
        {
            null => throw new GraphQLException(ExecutionMessages.AbstractTypeResolvedToUnknown(abstractType.Name, typeName), ErrorCodes.ResultCoercionFailed),
            ObjectType objectType when context.Schema.IsPossibleType(abstractType, objectType) => objectType,
            ObjectType => throw new GraphQLException(ExecutionMessages.NotAPossibleType(typeName, abstractType.Name), ErrorCodes.ResultCoercionFailed),
            _ => throw new GraphQLException(ExecutionMessages.AbstractTypeResolvedToNonObject(abstractType.Name, typeName), ErrorCodes.ResultCoercionFailed),
        };
    }

    private static string? TypeNameFromValue(object result) => result switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty("__typename", out var name) => name.GetString(),
        _ => null,
    };
}
