namespace Observatory.SampleData.Internal;

/// <summary>The bytes of a generated file, its data-row count and the defects planted in it.</summary>
internal sealed record FileContent(byte[] Bytes, int Rows, IReadOnlyList<PlantedDefect> Defects)
{
    public FileContent(byte[] bytes, int rows)
        : this(bytes, rows, [])
    {
    }
}

/// <summary>A file the generator will write; <see cref="Build"/> runs only when the file is written.</summary>
internal sealed record PlannedFile(string RelativePath, string SourceId, string Vintage, bool IsDefective, Func<FileContent> Build);
