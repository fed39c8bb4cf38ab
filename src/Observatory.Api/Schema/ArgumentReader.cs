using System.Collections;
using Observatory.Api.Data;
using Observatory.GraphQL.Errors;

namespace Observatory.Api.Schema;

/// <summary>Turns coerced GraphQL arguments (dictionaries and lists) into filter and order records.</summary>
internal static class ArgumentReader
{
    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 1000;

    public static ObservationFilter Filter(object? value)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return new ObservationFilter();
        }

        return new ObservationFilter
        {
            Indicators = Strings(map, "indicators"),
            Metiers = Strings(map, "metiers"),
            Territories = Strings(map, "territories"),
            Level = map.GetValueOrDefault("level") as string,
            From = map.GetValueOrDefault("from") as string,
            To = map.GetValueOrDefault("to") as string,
            Statuses = [.. Strings(map, "status").Select(ValueStatuses.ToWarehouse)],
        };
    }

    public static IReadOnlyList<ObservationOrder> Order(object? value)
    {
        if (value is not IEnumerable items || value is string)
        {
            return [];
        }

        var order = new List<ObservationOrder>();
        foreach (var item in items)
        {
            if (item is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("field") is string field)
            {
                order.Add(new ObservationOrder(field, map.GetValueOrDefault("direction") as string == "DESC"));
            }
        }

        return order;
    }

    /// <summary>The page size; a French GraphQL error when out of bounds.</summary>
    public static int PageSize(int? first)
    {
        var size = first ?? DefaultPageSize;
        if (size < 0)
        {
            throw new GraphQLException($"« first » doit être positif ou nul (reçu {size}).", "BAD_USER_INPUT");
        }

        if (size > MaxPageSize)
        {
            throw new GraphQLException(
                $"Taille de page trop grande : first = {size}, le maximum est {MaxPageSize}. Paginez avec « after » ou utilisez l'export /export/observations.csv.",
                "BAD_USER_INPUT");
        }

        return size;
    }

    private static List<string> Strings(IReadOnlyDictionary<string, object?> map, string name) =>
        map.GetValueOrDefault(name) is IEnumerable items and not string
            ? [.. items.OfType<object>().Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture)!)]
            : [];
}
