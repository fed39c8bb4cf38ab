namespace Observatory.SampleData.Internal;

/// <summary>The bytes of a generated file, its data-row count and the defects planted in it.</summary>
internal sealed record FileContent(byte[] Bytes, int Rows, IReadOnlyList<PlantedDefect> Defects)
{
    public FileContent(byte[] bytes, int rows)
        : this(bytes, rows, [])
    {
    }
}
