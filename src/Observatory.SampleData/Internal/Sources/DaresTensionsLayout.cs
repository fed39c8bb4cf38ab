using System.Globalization;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// File, sheet and column names of the DARES tension workbook (DATA-SOURCES §4.3, 2019 edition): one sheet per nomenclature
/// × level, « FAP 225 x Nat » … up to the 2023 edition, « FAP 228 x … » with the column « Code FAP 228 » from 2024 (FAP 2021;
/// names to verify), a national « FAP 87 x Nat » sheet of the coarser families up to 2023, and a notice sheet.
/// </summary>
internal static class DaresTensionsLayout
{
    public const string NoticeSheet = "Lisez-moi";
    public const string Unavailable = "n.d.";
    public const string Index = "Tension ";
    public const string Level = "Tension - discret";
    public const string Imputed = "Tension (Valeurs imputées: volumétrie insuffisantes)";
    public const string Employment = "Emploi moyen";
    public const string Region = "Code région";
    public const string RegionOnDepartmentSheet = "reg ";
    public const string Department = "Code département";
    public const string Year = "Année";

    /// <summary>The six component columns, in file order.</summary>
    public static readonly string[] Components =
    [
        "Intensité d'embauches - discret",
        "Lien formation-emploi - discret",
        "Manque de main-d'œuvre disponible - discret",
        "Non-durabilité de l'emploi - discret",
        "Conditions de travail contraignantes - discret",
        "Inadéquation géographique - discret",
    ];

    public static string FileName(int year) => $"dares_donnees_tensions_{year.ToString(CultureInfo.InvariantCulture)}.xlsx";

    /// <summary>The FAP level of the edition's sheets: 225 (FAP 2009) up to 2023, 228 (FAP 2021) after.</summary>
    public static string FapLevel(int year) => BmoMetiers.FapVersion(year) == "2009" ? "225" : "228";

    public static string SheetName(int year, string level) => $"FAP {FapLevel(year)} x {level}";

    public static string CodeColumn(int year) => $"Code FAP {FapLevel(year)}";

    /// <summary>The header row of a level's sheet (<c>Nat</c>, <c>Reg</c>, <c>Dep</c>).</summary>
    public static string[] Header(int year, string level)
    {
        var header = new List<string> { CodeColumn(year) };
        if (level == "Reg")
        {
            header.Add(Region);
        }
        else if (level == "Dep")
        {
            header.AddRange([RegionOnDepartmentSheet, Department]);
        }

        header.AddRange([Employment, Index, Level, .. Components, Year]);
        if (level != "Nat")
        {
            header.Add(Imputed);
        }

        return [.. header];
    }
}
