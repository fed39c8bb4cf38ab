using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

public sealed partial class DuckDbAppender
{
    private const int ChunkCapacity = 2048;

    /// <summary>
    /// Appends <paramref name="rowCount"/> rows given column by column, each column an array of the
    /// unmanaged type that stores the table's column (BIGINT as <see cref="long"/>, DOUBLE as
    /// <see cref="double"/>, an ENUM as its codes: <see cref="byte"/>, <see cref="ushort"/> or
    /// <see cref="uint"/> by its dictionary size…), without NULLs. Copied into data chunks of 2048
    /// rows and appended a chunk at a time: far faster than row by row.
    /// </summary>
    /// <exception cref="ArgumentException">A column count, length or element type does not match the table.</exception>
    public unsafe void AppendColumns(IReadOnlyList<Array> columns, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        if (columns.Count != ColumnCount)
        {
            throw new ArgumentException($"The table has {ColumnCount} columns; {columns.Count} were given.", nameof(columns));
        }

        var types = new LogicalTypeHandle[ColumnCount];
        var added = new bool[ColumnCount];
        try
        {
            var pointers = stackalloc IntPtr[ColumnCount];
            var sizes = new int[ColumnCount];
            for (var c = 0; c < ColumnCount; c++)
            {
                types[c] = NativeMethods.AppenderColumnType(Handle, (ulong)c);
                sizes[c] = CheckColumn(c, types[c], columns[c], rowCount);
                types[c].DangerousAddRef(ref added[c]);
                pointers[c] = types[c].DangerousGetHandle();
            }

            using var chunk = NativeMethods.CreateDataChunk(pointers, (ulong)ColumnCount);
            for (var start = 0; start < rowCount; start += ChunkCapacity)
            {
                var count = Math.Min(ChunkCapacity, rowCount - start);
                NativeMethods.DataChunkReset(chunk);
                for (var c = 0; c < ColumnCount; c++)
                {
                    var target = NativeMethods.VectorGetData(NativeMethods.DataChunkGetVector(chunk, (ulong)c));
                    var bytes = count * sizes[c];
                    fixed (byte* source = &System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(columns[c]))
                    {
                        Buffer.MemoryCopy(source + ((long)start * sizes[c]), target, bytes, bytes);
                    }
                }

                NativeMethods.DataChunkSetSize(chunk, (ulong)count);
                Check(NativeMethods.AppendDataChunk(Handle, chunk), "append of a data chunk");
            }
        }
        finally
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                if (added[c])
                {
                    types[c].DangerousRelease();
                }

                types[c]?.Dispose();
            }
        }
    }

    /// <summary>Checks that <paramref name="values"/> can fill column <paramref name="column"/> and returns its element size.</summary>
    private static int CheckColumn(int column, LogicalTypeHandle type, Array values, int rowCount)
    {
        var id = NativeMethods.GetTypeId(type);
        var storage = id == NativeType.Enum ? NativeMethods.EnumInternalType(type) : id;
        var (expected, size) = storage switch
        {
            NativeType.Boolean => (typeof(bool), sizeof(bool)),
            NativeType.TinyInt => (typeof(sbyte), sizeof(sbyte)),
            NativeType.SmallInt => (typeof(short), sizeof(short)),
            NativeType.Integer => (typeof(int), sizeof(int)),
            NativeType.BigInt => (typeof(long), sizeof(long)),
            NativeType.UTinyInt => (typeof(byte), sizeof(byte)),
            NativeType.USmallInt => (typeof(ushort), sizeof(ushort)),
            NativeType.UInteger => (typeof(uint), sizeof(uint)),
            NativeType.UBigInt => (typeof(ulong), sizeof(ulong)),
            NativeType.Float => (typeof(float), sizeof(float)),
            NativeType.Double => (typeof(double), sizeof(double)),
            _ => ((Type?)null, 0),
        };
        if (expected is null)
        {
            throw new ArgumentException($"Column {column} ({id}) cannot be appended column-wise: only fixed-size numbers, booleans and ENUMs can.");
        }

        var actual = values.GetType().GetElementType();
        if (values.Rank != 1 || actual != expected)
        {
            throw new ArgumentException($"Column {column} ({id}) is stored as {expected.Name}; a {values.GetType().Name} was given.");
        }

        if (values.Length < rowCount)
        {
            throw new ArgumentException($"Column {column} holds {values.Length} values; {rowCount} rows were asked for.");
        }

        return size;
    }
}
