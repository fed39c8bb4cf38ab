namespace Observatory.SampleData;

/// <summary>What a generation wrote: the options used, every file with its hash, and every planted defect.</summary>
public sealed record SampleDataManifest
{
    public const string FileName = "manifest.json";

    public required int Seed { get; init; }

    public required int FirstYear { get; init; }

    public required int LastYear { get; init; }

    public required bool National { get; init; }

    public required bool WithDefects { get; init; }

    /// <summary>Covered departments (the observatory's own sources, FINESS, URSSAF).</summary>
    public required IReadOnlyList<string> Departments { get; init; }

    /// <summary>
    /// Sources generated whole, for all of France, as the publishers ship them (BMO, France Travail, DREES); empty when
    /// <see cref="SampleDataOptions.NationalSourcesWhole"/> is false and they are limited to the covered departments.
    /// </summary>
    public required IReadOnlyList<string> NationalSources { get; init; }

    public required IReadOnlyList<SampleDataFileEntry> Files { get; init; }

    public required IReadOnlyList<PlantedDefect> Defects { get; init; }

    public required IReadOnlyList<SyntheticCommune> Communes { get; init; }

    /// <summary>Choices the generator made where the real files are unknown or vary (French notes for analysts).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Total data rows over all files.</summary>
    public long TotalRows => Files.Sum(f => (long)f.Rows);
}
