using Observatory.DuckDb;

namespace Observatory.Warehouse.Access;

/// <summary>A connection borrowed from an edition's pool; disposing returns it.</summary>
public sealed class PooledConnection : IDisposable
{
    private readonly WarehouseEdition _edition;
    private DuckDbConnection? _connection;

    internal PooledConnection(WarehouseEdition edition, DuckDbConnection connection)
    {
        _edition = edition;
        _connection = connection;
    }

    public DuckDbConnection Connection => _connection ?? throw new ObjectDisposedException(nameof(PooledConnection));

    public void Dispose()
    {
        var connection = Interlocked.Exchange(ref _connection, null);
        if (connection is not null)
        {
            _edition.Return(connection);
        }
    }
}
