using System.Text;
using Observatory.SampleData.Internal.Sources;

namespace Observatory.SampleData.Internal.Defects;

/// <summary>
/// Whole-file defects, written under <c>defects/&lt;source&gt;/</c> with the publisher's file name so that the ingest
/// recognises the source and then rejects the file for the reason listed in the manifest.
/// </summary>
internal static class DefectiveFiles
{
    public const string Folder = "defects";

    public static IEnumerable<PlannedFile> Plan(GenerationContext context)
    {
        var department = context.DefectDepartment;
        var first = context.Years[0];
        var last = context.Years[^1];

        yield return Defective(SourceIds.PlateformeActivite, PlateformeGenerator.FileName(department.Code, last), last,
            DefectKinds.ZeroByteFile, DefectReasons.EmptyFile, () => ([], 0));

        // France Travail: the extraction that holds the defect department (the national one when the sources are whole).
        var extraction = FtExtraction.Holding(context, department);
        yield return Defective(SourceIds.FtDemandeurs, extraction.FileName(FtDemandeursGenerator.FilePrefix, first), first,
            DefectKinds.HeaderWithoutRows, DefectReasons.HeaderOnly, () =>
            {
                var table = new Output.CsvTable(FtFormat.Delimiter);
                table.Add(FtDemandeursGenerator.Header);
                return (table.Encode(FtFormat.Encoding, byteOrderMark: true, FtFormat.NewLine), 0);
            });

        yield return Defective(SourceIds.FtOffres, extraction.FileName(FtOffresGenerator.FilePrefix, first), first,
            DefectKinds.CommaDelimiter, DefectReasons.WrongDelimiter, () =>
            {
                var (table, content) = FtOffresGenerator.Build(context, extraction, first, plantDefects: false);
                return (table.WithDelimiter(',').Encode(FtFormat.Encoding, byteOrderMark: true, FtFormat.NewLine), content.Rows);
            });

        yield return Defective(SourceIds.UrssafEtabEffectifs, UrssafGenerator.FileName, last,
            DefectKinds.Latin1InUtf8File, DefectReasons.EncodingMismatch, () =>
            {
                var (table, content) = UrssafGenerator.Build(context, [department]);
                return (table.Encode(Encoding.Latin1, byteOrderMark: false, "\n"), content.Rows);
            });

        yield return Defective(SourceIds.PlanActions, PlanActionsGenerator.FileName(department.Code), last,
            DefectKinds.TruncatedZip, DefectReasons.CorruptXlsx, () =>
            {
                var bytes = PlanActionsGenerator.Build(context, department).Bytes;
                return (bytes[..(bytes.Length / 2)], 0);
            });
    }

    private static PlannedFile Defective(string sourceId, string fileName, int year, string kind, string reason, Func<(byte[] Bytes, int Rows)> build)
    {
        var path = $"{Folder}/{sourceId}/{fileName}";
        return new PlannedFile(path, sourceId, SampleDataGenerator.Year(year), true, () =>
        {
            var (bytes, rows) = build();
            return new FileContent(bytes, rows, [new PlantedDefect(path, kind, reason, null, null, null, null, null)]);
        });
    }
}
