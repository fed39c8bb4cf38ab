using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal;

/// <summary>Everything a source generator needs: options, reference lists, covered departments and years.</summary>
internal sealed class GenerationContext
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyList<Establishment>>> _establishments = new(StringComparer.Ordinal);

    public GenerationContext(SampleDataOptions options, SampleReference reference, IReadOnlyList<DepartmentRef> departments)
    {
        Options = options;
        Reference = reference;
        Departments = departments;
        Years = Enumerable.Range(options.FirstYear, options.LastYear - options.FirstYear + 1).ToList();
        NationalSourcesWhole = options.National || options.NationalSourcesWhole;
        NationalSourceDepartments = NationalSourcesWhole ? reference.Departments : departments;
        NationalSourceRegions = NationalSourceDepartments.Select(d => d.RegionCode).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(reference.Region)
            .ToList();
    }

    public SampleDataOptions Options { get; }

    public SampleReference Reference { get; }

    /// <summary>Covered departments, in reference order.</summary>
    public IReadOnlyList<DepartmentRef> Departments { get; }

    /// <summary>
    /// True when the sources the publishers ship for all of France (BMO, France Travail, DREES) are generated whole
    /// (<see cref="SampleDataOptions.NationalSourcesWhole"/>, or <see cref="SampleDataOptions.National"/>).
    /// </summary>
    public bool NationalSourcesWhole { get; }

    /// <summary>
    /// Departments of the national-by-nature sources (BMO, France Travail), in reference order: every department of the
    /// reference when <see cref="NationalSourcesWhole"/>, else the covered ones.
    /// </summary>
    public IReadOnlyList<DepartmentRef> NationalSourceDepartments { get; }

    /// <summary>Regions of <see cref="NationalSourceDepartments"/> (the DREES workbooks), by code.</summary>
    public IReadOnlyList<RegionRef> NationalSourceRegions { get; }

    public IReadOnlyList<int> Years { get; }

    public bool WithDefects => Options.WithDefects;

    /// <summary>A random stream that depends only on the seed and the key (e.g. source, department, year).</summary>
    public Random RandomFor(params string[] key) => StableSeed.For(Options.Seed, key);

    /// <summary>The sample establishments of a department, shared by FINESS and the employer survey (files are built in parallel).</summary>
    public IReadOnlyList<Establishment> EstablishmentsOf(DepartmentRef department) =>
        _establishments.GetOrAdd(department.Code, _ => new Lazy<IReadOnlyList<Establishment>>(() => EstablishmentFactory.Create(this, department))).Value;

    /// <summary>The department chosen to carry row-level defects (the first covered one).</summary>
    public DepartmentRef DefectDepartment => Departments[0];
}
