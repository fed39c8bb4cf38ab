using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

/// <summary>
/// One chunk of a result (at most 2048 rows). Its vectors and values are valid until it is disposed.
/// </summary>
public sealed class DuckDbChunk : IDisposable
{
    private readonly DataChunkHandle _handle;
    private readonly DuckDbVector?[] _vectors;

    internal DuckDbChunk(DuckDbResult result, DataChunkHandle handle)
    {
        Result = result;
        _handle = handle;
        RowCount = checked((int)NativeMethods.DataChunkGetSize(handle));
        ColumnCount = checked((int)NativeMethods.DataChunkGetColumnCount(handle));
        _vectors = new DuckDbVector?[ColumnCount];
    }

    /// <summary>Rows in this chunk.</summary>
    public int RowCount { get; }

    /// <summary>Columns in this chunk.</summary>
    public int ColumnCount { get; }

    /// <summary>True once disposed.</summary>
    public bool IsDisposed => _handle.IsClosed;

    internal DuckDbResult Result { get; }

    /// <summary>The vector of a column.</summary>
    public DuckDbVector this[int column] => GetVector(column);

    /// <summary>The vector of a column (typed spans, strings, validity and boxed values).</summary>
    public DuckDbVector GetVector(int column)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return _vectors[column] ??= new DuckDbVector(this, column, NativeMethods.DataChunkGetVector(_handle, (ulong)column));
    }

    /// <summary>The boxed value at (<paramref name="column"/>, <paramref name="row"/>); null for SQL NULL.</summary>
    public object? GetValue(int column, int row) => GetVector(column).GetValue(row);

    public void Dispose() => _handle.Dispose();
}
