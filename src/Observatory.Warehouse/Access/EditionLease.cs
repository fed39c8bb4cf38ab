namespace Observatory.Warehouse.Access;

/// <summary>
/// Holds one edition open for the duration of a request: a newer publish does not dispose it until every lease is
/// returned. Disposing twice is harmless.
/// </summary>
public sealed class EditionLease : IDisposable
{
    private int _disposed;

    internal EditionLease(WarehouseEdition edition) => Edition = edition;

    public WarehouseEdition Edition { get; }

    /// <summary>Borrows a pooled connection of the leased edition (one per concurrent query).</summary>
    public PooledConnection Rent()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return Edition.Rent();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Edition.ReleaseLease();
        }
    }
}
