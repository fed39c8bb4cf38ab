using System.Globalization;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>DREES survey of social-work schools: <c>drees_ecoles_sociales_&lt;YYYY&gt;.xlsx</c>, region × diploma.</summary>
internal sealed class DreesEcolesGenerator : ISourceGenerator
{
    public static readonly string[] Header =
        ["Année", "Code région", "Libellé région", "Diplôme", "Inscrits", "Entrants 1re année", "Présentés", "Diplômés"];

    public string SourceId => SourceIds.DreesEcolesSociales;

    public static string FileName(int year) => $"drees_ecoles_sociales_{year.ToString(CultureInfo.InvariantCulture)}.xlsx";

    public static string SheetName(int year) => $"Ecoles_sociales_{year.ToString(CultureInfo.InvariantCulture)}";

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        context.Years.Select(year => new PlannedFile($"{SourceId}/{FileName(year)}", SourceId, SampleDataGenerator.Year(year), false,
            () => DreesWorkbook.Build(context, SourceId, year, SheetName(year), Header)));
}
