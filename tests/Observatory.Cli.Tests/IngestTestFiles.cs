using System.Globalization;
using System.Text;

namespace Observatory.Cli.Tests;

/// <summary>Inputs for the ingest CLI tests: a temp directory with a data home and small or large publisher files.</summary>
internal sealed class IngestTestFiles : IDisposable
{
    public const string OffresHeader =
        "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;origineOffre;nombreOffres";

    public IngestTestFiles()
    {
        Root = Path.Combine(Path.GetTempPath(), "obs-cli-ingest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Home => Path.Combine(Root, "home");

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public static string Plateforme(int year, int rows)
    {
        var sb = new StringBuilder("Département;Plateforme;Année;Trimestre;Code métier;Personnes sensibilisées\n");
        string[] metiers = ["AS", "AES", "ADVF", "TISF", "ES", "ME", "EJE"];
        for (var i = 0; i < rows; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"01;P;{year};T{(i % 4) + 1};{metiers[i / 4 % metiers.Length]};40\n");
        }

        return sb.ToString();
    }

    /// <summary>Writes an ft_offres file of <paramref name="rowsPerTerritory"/> rows for each territory, streaming.</summary>
    public string WriteOffres(string relativePath, int year, IReadOnlyList<string> territories, int rowsPerTerritory, int offers)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(OffresHeader);
        writer.Write('\n');
        string[] origins = ["TOFF", "PE"];
        foreach (var territory in territories)
        {
            for (var i = 0; i < rowsPerTerritory; i++)
            {
                var quarter = (i % 4) + 1;
                var origin = origins[i / 4 % 2];
                var rome = i / 8;
                var code = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (rome / 10000 % 14))}{rome % 10000:0000}");
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"DEP;{territory};Territoire;ROME;{code};Métier;TRIMESTRE;{year}T{quarter};T{quarter} {year};{origin};{offers}\n"));
            }
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort cleanup.
        }
    }
}
