using System.Collections;
using System.Globalization;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Execution;

/// <summary>CoerceInputValue for variable values read from JSON (graphql-js <c>coerceInputValue</c>).</summary>
internal static partial class ValueCoercion
{
    /// <summary>Coerces <paramref name="value"/> to <paramref name="type"/>, recording each failure with its path (<c>.a[0]</c>).</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, List<object> path, List<(string Path, object? Value, string Message)> failures)
    {
        value = JsonValues.ToClr(value);
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                Fail(ExecutionMessages.ExpectedNonNull(type.ToString()!));
                return null;
            }

            return CoerceInputValue(value, nonNull.OfType, path, failures);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (!IsList(value))
                {
                    return new List<object?> { CoerceInputValue(value, list.OfType, path, failures) };
                }

                var items = new List<object?>();
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    path.Add(index++);
                    items.Add(CoerceInputValue(item, list.OfType, path, failures));
                    path.RemoveAt(path.Count - 1);
                }

                return items;
            case InputObjectType input:
                return CoerceInputObject(value, input, path, failures);
            case EnumType enumType:
                return Leaf(() => enumType.ParseValue(value));
            case ScalarType scalar:
                return Leaf(() => scalar.ParseValue(value));
            default:
                Fail(ExecutionMessages.ExpectedType(type.ToString()!));
                return null;
        }

        object? Leaf(Func<object?> parse)
        {
            try
            {
                return parse();
            }
            catch (GraphQLException exception)
            {
                Fail(exception.Message);
                return null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A custom scalar's own exception text is not meant for clients.
                Fail(ExecutionMessages.ExpectedType(type.ToString()!));
                return null;
            }
        }

        void Fail(string message) => failures.Add((PrintPath(path), value, message));
    }

    private static object? CoerceInputObject(object value, InputObjectType input, List<object> path, List<(string Path, object? Value, string Message)> failures)
    {
        if (value is not IDictionary)
        {
            failures.Add((PrintPath(path), value, ExecutionMessages.ExpectedObject(input.Name)));
            return null;
        }

        var fields = ValueLiterals.AsStringMap(value);
        var coerced = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    failures.Add((PrintPath(path), value, ExecutionMessages.InputFieldNotProvided(field.Name, field.Type.ToString()!)));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, path, failures);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in fields.Keys.Where(key => !input.Fields.ContainsKey(key)))
        {
            failures.Add((PrintPath(path), value, ExecutionMessages.InputFieldNotDefined(key, input.Name)));
        }

        if (input.IsOneOf)
        {
            if (fields.Count != 1)
            {
                failures.Add((PrintPath(path), value, ExecutionMessages.OneOfExactlyOneKey(input.Name)));
            }
            else if (fields.Values.First() is null)
            {
                failures.Add((PrintPath(path), value, ExecutionMessages.OneOfFieldNull(fields.Keys.First())));
            }
        }

        return coerced;
    }

    private static string PrintPath(List<object> path) =>
        string.Concat(path.Select(segment => segment is int index ? $"[{index.ToString(CultureInfo.InvariantCulture)}]" : $".{segment}"));
}
