using System.Numerics;

namespace Observatory.Etl.Bulk;

/// <summary>
/// The per-record codes of one cell (<see cref="ScannedCells.Codes"/>): a <see cref="byte"/>,
/// <see cref="ushort"/> or <see cref="uint"/> array by how many texts the cell has, the widths in
/// which DuckDB stores an ENUM of that size.
/// </summary>
internal static class CodeArrays
{
    /// <summary>An uninitialised array of <paramref name="rows"/> codes wide enough for <paramref name="distinct"/> texts.</summary>
    public static Array Allocate(int distinct, int rows) => distinct switch
    {
        <= byte.MaxValue => GC.AllocateUninitializedArray<byte>(rows),
        <= ushort.MaxValue => GC.AllocateUninitializedArray<ushort>(rows),
        _ => GC.AllocateUninitializedArray<uint>(rows),
    };

    /// <summary>
    /// Stores <c>map[source[(r * stride) + column]]</c> at <c>target[start + r]</c> for <paramref name="count"/>
    /// records: a segment's local codes (row-major, <paramref name="stride"/> cells a record) numbered again.
    /// </summary>
    public static void Store(Array target, int start, uint[] source, int stride, int column, int count, int[] map)
    {
        switch (target)
        {
            case byte[] narrow:
                Store(narrow, start, source, stride, column, count, map);
                break;
            case ushort[] medium:
                Store(medium, start, source, stride, column, count, map);
                break;
            case uint[] wide:
                Store(wide, start, source, stride, column, count, map);
                break;
            default:
                throw new InvalidOperationException($"Unexpected code array {target.GetType().Name}.");
        }
    }

    /// <summary><c>map[codes[r]]</c> for every record.</summary>
    public static int[] Translate(Array codes, int[] map) => codes switch
    {
        byte[] narrow => Translate(narrow, map),
        ushort[] medium => Translate(medium, map),
        uint[] wide => Translate(wide, map),
        _ => throw new InvalidOperationException($"Unexpected code array {codes.GetType().Name}."),
    };

    private static void Store<T>(T[] target, int start, uint[] source, int stride, int column, int count, int[] map)
        where T : IBinaryInteger<T>
    {
        for (var r = 0; r < count; r++)
        {
            target[start + r] = T.CreateTruncating(map[source[((long)r * stride) + column]]);
        }
    }

    private static int[] Translate<T>(T[] codes, int[] map)
        where T : IBinaryInteger<T>
    {
        var result = new int[codes.Length];
        for (var r = 0; r < codes.Length; r++)
        {
            result[r] = map[int.CreateTruncating(codes[r])];
        }

        return result;
    }
}
