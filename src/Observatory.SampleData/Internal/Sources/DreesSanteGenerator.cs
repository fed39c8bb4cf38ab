using System.Globalization;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>DREES health-training survey (DEAS, DEAP, DEI): <c>drees_formations_sante_&lt;YYYY&gt;.xlsx</c>, region × formation.</summary>
internal sealed class DreesSanteGenerator : ISourceGenerator
{
    public static readonly string[] Header =
        ["Année", "Code région", "Libellé région", "Formation", "Inscrits", "Entrants", "Présentés au diplôme", "Reçus au diplôme"];

    public string SourceId => SourceIds.DreesFormationsSante;

    public static string FileName(int year) => $"drees_formations_sante_{year.ToString(CultureInfo.InvariantCulture)}.xlsx";

    public static string SheetName(int year) => $"Formations_sante_{year.ToString(CultureInfo.InvariantCulture)}";

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        context.Years.Select(year => new PlannedFile($"{SourceId}/{FileName(year)}", SourceId, SampleDataGenerator.Year(year), false,
            () => DreesWorkbook.Build(context, SourceId, year, SheetName(year), Header)));
}
