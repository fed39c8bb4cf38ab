using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Cost;

/// <summary>
/// Estimates a list field's item count from its slicing arguments, read from the coerced argument values (literals,
/// variables and defaults alike), so a limit given as a variable, or nested in a filter variable, is priced as given.
/// </summary>
internal static class SlicingSize
{
    public static long Estimate(FieldDefinition definition, FieldNode field, FieldCost? declared, CostModel model, IReadOnlyDictionary<string, object?> variables)
    {
        var fallback = Math.Max(0, declared?.AssumedSize ?? model.DefaultListSize);
        var slicing = declared is { SlicingArguments.Count: > 0 } ? declared.SlicingArguments : model.DefaultSlicingArguments;
        if (!HasAnyArgument(definition, slicing))
        {
            return fallback;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = ValueCoercion.CoerceArgumentValues(definition.Arguments, field.Arguments, variables);
        }
        catch (GraphQLException)
        {
            return fallback; // execution reports the bad argument before anything runs
        }

        long? size = null;
        foreach (var path in slicing)
        {
            if (TryRead(arguments, path) is { } value)
            {
                size = Math.Max(size ?? 0, value);
            }
        }

        return size ?? fallback;
    }

    private static bool HasAnyArgument(FieldDefinition definition, IReadOnlyList<string> slicing)
    {
        foreach (var path in slicing)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            if (definition.GetArgument(dot < 0 ? path : path[..dot]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static long? TryRead(IReadOnlyDictionary<string, object?> arguments, string path)
    {
        object? current = arguments;
        foreach (var segment in path.Split('.'))
        {
            if (current is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(segment, out current))
            {
                return null;
            }
        }

        return current switch
        {
            int i => Math.Max(0, i),
            long l => Math.Max(0, l),
            double d when !double.IsNaN(d) => d >= long.MaxValue ? long.MaxValue : Math.Max(0, (long)Math.Ceiling(d)),
            decimal m => m >= long.MaxValue ? long.MaxValue : Math.Max(0, (long)Math.Ceiling(m)),
            _ => null,
        };
    }
}
