using System.Globalization;
using Observatory.DuckDb;

namespace Observatory.Reporting.Data;

/// <summary>A read-only connection to one published build, running the report's embedded queries.</summary>
internal sealed class WarehouseSession : IDisposable
{
    private readonly DuckDbDatabase _database;
    private readonly DuckDbConnection _connection;

    public WarehouseSession(string buildPath)
    {
        _database = DuckDbDatabase.Open(buildPath, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
        _connection = _database.Connect();
    }

    /// <summary>Runs <c>etl/queries/report/<paramref name="query"/>.sql</c> with its named parameters (those it uses).</summary>
    public List<Row> Query(string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        using var statement = _connection.Prepare(SqlResources.Get(query));
        try
        {
            statement.BindAll(parameters);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"Query '{query}': {ex.Message}", ex);
        }

        using var result = statement.Query();
        var names = result.Columns.Select(column => column.Name).ToArray();
        return [.. result.Rows().Select(values => new Row(names, values))];
    }

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }
}

/// <summary>One result row, read by column name.</summary>
internal sealed class Row(string[] names, object?[] values)
{
    private object? this[string column]
    {
        get
        {
            var index = Array.IndexOf(names, column);
            return index >= 0 ? values[index] : throw new InvalidOperationException($"No column '{column}' in the result.");
        }
    }

    public string? Text(string column) => this[column] switch
    {
        null => null,
        string text => text,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public string RequiredText(string column) => Text(column) ?? throw new InvalidOperationException($"Column '{column}' is NULL.");

    public double? Double(string column) => this[column] is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public long? Long(string column) => this[column] switch
    {
        null => null,
        Int128 wide => checked((long)wide),
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    public int? Int(string column) => Long(column) is { } value ? checked((int)value) : null;

    public bool Bool(string column) => this[column] is true;
}
