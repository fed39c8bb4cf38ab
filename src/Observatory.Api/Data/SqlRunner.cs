using Observatory.DuckDb;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Data;

/// <summary>Runs one prepared statement with named parameters on a pooled connection of a leased edition.</summary>
internal static class SqlRunner
{
    /// <summary>Runs the query; cancelling <paramref name="cancellationToken"/> interrupts DuckDB (execution time limit).</summary>
    public static List<object?[]> Rows(EditionLease lease, string sql, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var pooled = lease.Rent();
        var connection = pooled.Connection;

        // The registration is disposed before the connection goes back to the pool (inner block), and disposing it
        // waits for a callback already running: an interrupt can never reach the connection once another request
        // rents it. (An interrupt that lands after the query ended is reset by the connection's next query.)
        using (cancellationToken.Register(connection.Interrupt))
        {
            try
            {
                return Rows(connection, sql, parameters);
            }
            catch (DuckDbException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
    }

    public static List<object?[]> Rows(DuckDbConnection connection, string sql, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        using var statement = connection.Prepare(sql);
        statement.BindAll(parameters);
        using var result = statement.Query();
        return [.. result.Rows()];
    }


    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static double? Double(object? value) => value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

    public static int? Int(object? value) => value is null ? null : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    public static bool Bool(object? value) => value is bool b && b;

    public static IReadOnlyList<string> Split(object? value) =>
        Text(value) is { Length: > 0 } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
