using System.Globalization;
using System.Security.Cryptography;
using Observatory.SampleData.Internal;
using Observatory.SampleData.Internal.Defects;
using Observatory.SampleData.Internal.Reference;
using Observatory.SampleData.Internal.Sources;

namespace Observatory.SampleData;

/// <summary>
/// Writes deterministic, realistic sample files in each publisher's own format (one folder per source) and a
/// <c>manifest.json</c>. Same options and seed give byte-identical files.
/// </summary>
public static class SampleDataGenerator
{
    private static readonly ISourceGenerator[] Sources =
    [
        new BmoGenerator(),
        new FtOffresGenerator(),
        new FtDemandeursGenerator(),
        new DreesEcolesGenerator(),
        new DreesSanteGenerator(),
        new UrssafGenerator(),
        new FinessGenerator(),
        new EnqueteRhGenerator(),
        new PlateformeGenerator(),
        new PlateformeParcoursGenerator(),
        new PlanActionsGenerator(),
        new DaresTensionsGenerator(),
    ];

    /// <summary>First year the source contracts describe (BMO, France Travail and DREES layouts start in 2019).</summary>
    public const int MinimumYear = 2019;

    /// <summary>Last year accepted (later BMO millésimes reuse the 2026 layout).</summary>
    public const int MaximumYear = 2030;

    /// <summary>
    /// Writes the sample files and <c>manifest.json</c> into <see cref="SampleDataOptions.OutputDirectory"/> (existing files
    /// with the same names are overwritten, others are left alone). Throws <see cref="ArgumentException"/> (French message,
    /// shown to the user) for an unknown department or a year range outside the contracts.
    /// </summary>
    public static SampleDataManifest Generate(
        SampleDataOptions options, IProgress<SampleDataProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstYear > options.LastYear || options.FirstYear < MinimumYear || options.LastYear > MaximumYear)
        {
            throw new ArgumentException(
                $"Années invalides {options.FirstYear}-{options.LastYear} : attendu {MinimumYear} ≤ première ≤ dernière ≤ {MaximumYear}.");
        }

        var reference = SampleReferenceLoader.Load(options.SchemasDirectory);
        var context = new GenerationContext(options, reference, ResolveDepartments(options, reference));
        var planned = Sources.SelectMany(s => s.Plan(context)).ToList();
        if (options.WithDefects)
        {
            planned.AddRange(DefectiveFiles.Plan(context));
        }

        Directory.CreateDirectory(options.OutputDirectory);
        // Every file is built from its own random streams, so files are built and written in parallel; the manifest keeps
        // the planned order (same options and seed → the same bytes and the same manifest).
        var entries = new SampleDataFileEntry[planned.Count];
        var plantedByFile = new IReadOnlyList<PlantedDefect>[planned.Count];
        long rows = 0;
        var done = 0;
        var gate = new Lock();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, planned.Count, parallel, i =>
        {
            var file = planned[i];
            var content = file.Build();
            var path = Path.Combine(options.OutputDirectory, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content.Bytes);
            entries[i] = new SampleDataFileEntry(file.RelativePath, file.SourceId, file.Vintage, content.Rows,
                Convert.ToHexStringLower(SHA256.HashData(content.Bytes)), file.IsDefective);
            plantedByFile[i] = content.Defects;
            lock (gate)
            {
                // One report at a time, in increasing count: the progress display is not thread-safe.
                rows += content.Rows;
                progress?.Report(new SampleDataProgress(++done, planned.Count, rows, file.RelativePath));
            }
        });
        var files = entries.ToList();
        var defects = plantedByFile.SelectMany(d => d).ToList();

        var manifest = new SampleDataManifest
        {
            Seed = options.Seed,
            FirstYear = options.FirstYear,
            LastYear = options.LastYear,
            National = options.National,
            WithDefects = options.WithDefects,
            Departments = context.Departments.Select(d => d.Code).ToList(),
            NationalSources = context.NationalSourcesWhole ? SourceIds.National : [],
            Files = files,
            Defects = defects,
            Communes = context.Departments.SelectMany(d => Internal.Geography.CommuneFactory.For(d.Code, options.Seed)).ToList(),
            Notes = GenerationNotes.For(context),
        };
        SampleDataManifestWriter.Write(manifest, Path.Combine(options.OutputDirectory, SampleDataManifest.FileName));
        return manifest;
    }

    private static List<DepartmentRef> ResolveDepartments(SampleDataOptions options, SampleReference reference)
    {
        if (options.National)
        {
            return [.. reference.Departments];
        }

        if (options.Departments.Count == 0)
        {
            return reference.Departments.Where(d => SampleDataOptions.DefaultRegions.Contains(d.RegionCode, StringComparer.Ordinal)).ToList();
        }

        var requested = options.Departments.Select(NormalizeDepartment).ToHashSet(StringComparer.Ordinal);
        var unknown = requested.Where(code => reference.Departments.All(d => d.Code != code)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Département(s) inconnu(s) dans schemas/reference/departments.csv : {string.Join(", ", unknown)}.");
        }

        return reference.Departments.Where(d => requested.Contains(d.Code)).ToList();
    }

    /// <summary>Accepts <c>1</c> for <c>01</c> and lower-case Corsica codes.</summary>
    private static string NormalizeDepartment(string code)
    {
        var trimmed = code.Trim().ToUpperInvariant();
        return trimmed.Length == 1 && char.IsAsciiDigit(trimmed[0]) ? "0" + trimmed : trimmed;
    }

    internal static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
