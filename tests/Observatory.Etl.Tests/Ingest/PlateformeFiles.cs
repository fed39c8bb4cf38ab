using System.Globalization;
using System.Text;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>Small hand-made files in the plateforme_activite format (CSV, <c>;</c>, UTF-8): contacts per quarter and métier.</summary>
internal static class PlateformeFiles
{
    public const string Header = "Département;Plateforme;Année;Trimestre;Code métier;Personnes sensibilisées";

    public static readonly string[] Metiers = ["AS", "AES", "ADVF", "TISF", "ES", "ME", "EJE"];

    /// <summary>One row per quarter and métier (up to <paramref name="metiers"/>), counts offset by <paramref name="shift"/>.</summary>
    public static string Content(int year, int metiers, int shift = 0, string department = "1")
    {
        var sb = new StringBuilder(Header).Append('\n');
        for (var q = 1; q <= 4; q++)
        {
            foreach (var metier in Metiers.Take(metiers))
            {
                sb.Append(CultureInfo.InvariantCulture, $"{department};Plateforme test;{year};T{q};{metier};{40 + shift}\n");
            }
        }

        return sb.ToString();
    }

    public static string FileName(int year, string department = "01") => $"plateforme_activite_{department}_{year}.csv";
}
