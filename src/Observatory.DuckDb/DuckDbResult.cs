using Observatory.DuckDb.Internal;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

/// <summary>
/// A materialized query result, read chunk by chunk (at most 2048 rows each). Owned by one thread; dispose it.
/// </summary>
public sealed unsafe class DuckDbResult : IDisposable
{
    private readonly ResultHandle _handle;
    private readonly VectorReader?[] _readers;

    internal DuckDbResult(ResultHandle handle)
    {
        _handle = handle;
        var count = checked((int)NativeMethods.ColumnCount(handle.Pointer));
        var columns = new DuckDbColumn[count];
        for (var i = 0; i < count; i++)
        {
            var name = NativeMethods.ColumnName(handle.Pointer, (ulong)i) ?? string.Empty;
            using var type = NativeMethods.ColumnLogicalType(handle.Pointer, (ulong)i);
            columns[i] = new DuckDbColumn(name, LogicalTypeConverter.FromNative(type));
        }

        Columns = columns;
        _readers = new VectorReader?[count];
        StatementType = (DuckDbStatementType)NativeMethods.ResultStatementType(*handle.Pointer);
        RowsChanged = checked((long)NativeMethods.RowsChanged(handle.Pointer));
    }

    /// <summary>The result columns.</summary>
    public IReadOnlyList<DuckDbColumn> Columns { get; }

    /// <summary>The kind of statement that produced the result.</summary>
    public DuckDbStatementType StatementType { get; }

    /// <summary>Rows changed by an INSERT, UPDATE or DELETE; 0 otherwise.</summary>
    public long RowsChanged { get; }

    /// <summary>Rows fetched so far (DuckDB has no non-deprecated row count).</summary>
    public long RowsRead { get; private set; }

    /// <summary>Fetches the next chunk, or null at the end. The caller owns (and disposes) the chunk.</summary>
    /// <exception cref="DuckDbException">The result failed while fetching.</exception>
    public DuckDbChunk? FetchChunk()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            var chunk = NativeMethods.FetchChunk(*_handle.Pointer);
            if (chunk.IsInvalid)
            {
                chunk.Dispose();
                var error = NativeMethods.ResultError(_handle.Pointer);
                if (error is not null)
                {
                    throw NativeErrors.FromResult(_handle);
                }

                return null;
            }

            chunk.TrySetParent(_handle);
            var wrapper = new DuckDbChunk(this, chunk);
            RowsRead += wrapper.RowCount;
            return wrapper;
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// All remaining chunks. Each chunk is disposed when the enumeration moves past it, so use its data before.
    /// </summary>
    public IEnumerable<DuckDbChunk> Chunks()
    {
        while (FetchChunk() is { } chunk)
        {
            using (chunk)
            {
                yield return chunk;
            }
        }
    }

    /// <summary>All remaining rows as boxed values (see <see cref="DuckDbValueFormatter"/> for the CLR mapping).</summary>
    public IEnumerable<object?[]> Rows()
    {
        foreach (var chunk in Chunks())
        {
            for (var row = 0; row < chunk.RowCount; row++)
            {
                var values = new object?[chunk.ColumnCount];
                for (var column = 0; column < values.Length; column++)
                {
                    values[column] = chunk.GetValue(column, row);
                }

                yield return values;
            }
        }
    }

    public void Dispose() => _handle.Dispose();

    /// <summary>The reader tree of a column, built once per result from its logical type.</summary>
    internal VectorReader GetReader(int column) => _readers[column] ??= ReaderFactory.Create(Columns[column].Type);
}
