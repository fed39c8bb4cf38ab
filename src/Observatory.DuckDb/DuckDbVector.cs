using System.Runtime.CompilerServices;
using Observatory.DuckDb.Internal;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

/// <summary>
/// One column of a <see cref="DuckDbChunk"/>: typed, allocation-free access to DuckDB's vector. Valid until the chunk is
/// disposed. Values at NULL rows are garbage in <see cref="GetValues{T}"/>: check <see cref="IsValid"/>.
/// </summary>
public sealed unsafe class DuckDbVector
{
    private readonly DuckDbChunk _chunk;
    private readonly int _column;
    private readonly IntPtr _vector;
    private readonly void* _data;
    private readonly ulong* _validity;

    internal DuckDbVector(DuckDbChunk chunk, int column, IntPtr vector)
    {
        _chunk = chunk;
        _column = column;
        _vector = vector;
        _data = NativeMethods.VectorGetData(vector);
        _validity = NativeMethods.VectorGetValidity(vector);
        Type = chunk.Result.Columns[column].Type;
    }

    /// <summary>The column's logical type.</summary>
    public DuckDbLogicalType Type { get; }

    /// <summary>Rows in the vector.</summary>
    public int RowCount => _chunk.RowCount;

    /// <summary>True when DuckDB reported no validity mask: no row is NULL.</summary>
    public bool AllValid => _validity == null;

    /// <summary>Whether <paramref name="row"/> holds a value (false for SQL NULL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsValid(int row)
    {
        CheckRow(row);
        return _validity == null || ((_validity[row >> 6] >> (row & 63)) & 1) != 0;
    }

    /// <summary>
    /// The raw values of a fixed-width column. <typeparamref name="T"/> must be the storage type: bool, sbyte…ulong,
    /// Int128/UInt128, float, double; int (days) for DATE; long for TIME and TIMESTAMP*; the storage integer for DECIMAL
    /// and ENUM.
    /// </summary>
    /// <exception cref="InvalidCastException"><typeparamref name="T"/> is not the column's storage type.</exception>
    public ReadOnlySpan<T> GetValues<T>()
        where T : unmanaged
    {
        ObjectDisposedException.ThrowIf(_chunk.IsDisposed, _chunk);
        var expected = StorageTypes.ClrStorageType(Type);
        if (expected != typeof(T))
        {
            throw new InvalidCastException(
                $"Column {_column} of type {Type} is stored as {expected?.Name ?? "a non-primitive layout"}, not {typeof(T).Name}.");
        }

        return new ReadOnlySpan<T>(_data, RowCount);
    }

    /// <summary>The UTF-8 bytes of a VARCHAR or BLOB row (no copy); empty for NULL.</summary>
    public ReadOnlySpan<byte> GetUtf8(int row)
    {
        CheckString();
        return IsValid(row) ? NativeStrings.Bytes((NativeString*)_data + row) : default;
    }

    /// <summary>A VARCHAR (or ENUM) row as a string; null for NULL.</summary>
    public string? GetString(int row)
    {
        if (Type.Id == DuckDbTypeId.Enum)
        {
            return (string?)GetValue(row);
        }

        CheckString();
        return IsValid(row) ? NativeStrings.Utf8.GetString(NativeStrings.Bytes((NativeString*)_data + row)) : null;
    }

    /// <summary>A BLOB (or VARCHAR) row as bytes; null for NULL.</summary>
    public byte[]? GetBlob(int row)
    {
        CheckString();
        return IsValid(row) ? NativeStrings.Bytes((NativeString*)_data + row).ToArray() : null;
    }

    /// <summary>A DECIMAL row; null for NULL.</summary>
    public DuckDbDecimal? GetDecimal(int row)
    {
        if (Type.Id != DuckDbTypeId.Decimal)
        {
            throw new InvalidCastException($"Column {_column} of type {Type} is not a DECIMAL.");
        }

        return (DuckDbDecimal?)GetValue(row);
    }

    /// <summary>The boxed value of a row (null for SQL NULL), read through the column's reader tree.</summary>
    public object? GetValue(int row)
    {
        CheckRow(row);
        ObjectDisposedException.ThrowIf(_chunk.IsDisposed, _chunk);
        var reader = _chunk.Result.GetReader(_column);
        if (!ReferenceEquals(reader.AttachedTo, this))
        {
            reader.Attach(_vector, this);
        }

        return reader.Read((ulong)row);
    }

    private void CheckString()
    {
        ObjectDisposedException.ThrowIf(_chunk.IsDisposed, _chunk);
        if (Type.Id is not (DuckDbTypeId.Varchar or DuckDbTypeId.Blob))
        {
            throw new InvalidCastException($"Column {_column} of type {Type} is not a VARCHAR or BLOB.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckRow(int row)
    {
        if ((uint)row >= (uint)_chunk.RowCount)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"The chunk has {_chunk.RowCount} rows.");
        }
    }
}
