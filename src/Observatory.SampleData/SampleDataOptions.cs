namespace Observatory.SampleData;

/// <summary>What <see cref="SampleDataGenerator"/> writes: territories, years, seed and output folder.</summary>
public sealed class SampleDataOptions
{
    /// <summary>Default scope: the Ain (01) and the Landes (40) with the other departments of their regions (84, 75).</summary>
    public static readonly IReadOnlyList<string> DefaultRegions = ["84", "75"];

    /// <summary>
    /// Department codes to cover (COG codes, e.g. <c>01</c>, <c>2A</c>, <c>971</c>). Empty means the default scope:
    /// every department of regions <see cref="DefaultRegions"/> in <c>schemas/reference/departments.csv</c>.
    /// </summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>
    /// When true, every department of <c>schemas/reference/departments.csv</c> is covered; <see cref="Departments"/> is ignored.
    /// The national-by-nature sources are then always generated whole (<see cref="NationalSourcesWhole"/> is ignored).
    /// </summary>
    public bool National { get; init; }

    /// <summary>
    /// When true (default), the sources the publishers ship for all of France are generated whole, whatever departments are
    /// covered: BMO workbooks with every department of the reference, one national France Travail extraction per year
    /// (<c>stat-offres_FR_&lt;year&gt;.csv</c>, <c>stat-demandeurs_FR_&lt;year&gt;.csv</c>) and DREES workbooks with every region.
    /// When false, they are limited to the covered departments and their regions, as a department's own extractions (France
    /// Travail: one file per department × year), for tests of partial coverage. The observatory's own sources and the other
    /// sources (survey, platforms, action plan, FINESS, URSSAF) always cover only the covered departments.
    /// </summary>
    public bool NationalSourcesWhole { get; init; } = true;

    public int FirstYear { get; init; } = 2019;

    public int LastYear { get; init; } = 2025;

    public int Seed { get; init; } = 42;

    /// <summary>When true, broken files (under <c>defects/</c>) and broken rows are added and listed in the manifest.</summary>
    public bool WithDefects { get; init; }

    /// <summary>Folder that receives one sub-folder per source and <c>manifest.json</c>.</summary>
    public string OutputDirectory { get; init; } = "sample-data";

    /// <summary>
    /// The repository's <c>schemas/</c> folder, whose <c>reference/</c> lists (<c>departments.csv</c>, <c>metiers.csv</c>…)
    /// provide every code. Null: <see cref="Observatory.Core.Reference.SchemasDirectory.Locate"/>.
    /// </summary>
    public string? SchemasDirectory { get; init; }
}
