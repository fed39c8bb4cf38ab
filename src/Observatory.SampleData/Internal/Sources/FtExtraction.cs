using System.Globalization;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// One France Travail extraction file: the national one (<c>&lt;prefix&gt;_FR_&lt;year&gt;.csv</c>, every department, one
/// block each in reference order) or a department's own (<c>&lt;prefix&gt;_&lt;DEP&gt;_&lt;year&gt;.csv</c>).
/// </summary>
internal sealed record FtExtraction(string Territory, IReadOnlyList<DepartmentRef> Departments)
{
    /// <summary>The territory code of the national extraction's file name.</summary>
    public const string NationalTerritory = "FR";

    /// <summary>
    /// The extractions of a generation: one national file when the national sources are generated whole, else one per
    /// covered department.
    /// </summary>
    public static IReadOnlyList<FtExtraction> Of(GenerationContext context) =>
        context.NationalSourcesWhole
            ? [new FtExtraction(NationalTerritory, context.NationalSourceDepartments)]
            : [.. context.Departments.Select(d => new FtExtraction(d.Code, [d]))];

    /// <summary>The extraction that holds a department's rows.</summary>
    public static FtExtraction Holding(GenerationContext context, DepartmentRef department) =>
        Of(context).First(e => e.Departments.Contains(department));

    public string FileName(string prefix, int year) =>
        $"{prefix}_{Territory}_{year.ToString(CultureInfo.InvariantCulture)}.csv";
}
