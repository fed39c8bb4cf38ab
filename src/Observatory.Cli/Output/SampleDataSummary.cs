using System.Globalization;
using Observatory.SampleData;

namespace Observatory.Cli.Output;

/// <summary>The closing summary of <c>observatory sample-data</c>: files and rows per source.</summary>
internal static class SampleDataSummary
{
    public static void Write(SampleDataManifest manifest, string outputDirectory, TextWriter output)
    {
        var bySource = manifest.Files
            .GroupBy(f => f.SourceId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Source: g.Key, Files: g.Count(), Rows: g.Sum(f => (long)f.Rows)))
            .ToList();
        var width = Math.Max("source".Length, bySource.Count == 0 ? 0 : bySource.Max(s => s.Source.Length));
        output.WriteLine($" {"source".PadRight(width)} │ fichiers │     lignes");
        output.WriteLine($"─{new string('─', width)}─┼──────────┼───────────");
        foreach (var (source, files, rows) in bySource)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $" {source.PadRight(width)} │ {files,8} │ {rows,10}"));
        }

        var totalRows = bySource.Sum(s => s.Rows);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{manifest.Files.Count} fichiers, {totalRows} lignes, {manifest.Defects.Count} défauts plantés, écrits dans {outputDirectory} (manifeste : {SampleDataManifest.FileName})."));
    }
}
