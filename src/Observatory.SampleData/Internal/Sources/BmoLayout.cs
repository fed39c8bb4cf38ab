using System.Globalization;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// BMO header variants (DATA-SOURCES §3). Years up to 2022 use the 2019 layout with that year's <c>BE&lt;yy&gt;</c> /
/// <c>NOMBE&lt;yy&gt;</c> columns (the 2020–2022 layouts are not documented); 2023 its own; 2024–2025 the 2024 layout;
/// 2026 and later add <c>clpe</c>.
/// </summary>
internal static class BmoLayout
{
    public enum Field
    {
        Year,
        FamilyCode,
        FamilyLabel,
        MetierCode,
        MetierLabel,
        BassinCode,
        BassinLabel,
        Department,
        DepartmentLabel,
        Region,
        RegionLabel,
        Clpe,
        Projects,
        Difficult,
        Seasonal,
    }

    public static IReadOnlyList<(string Header, Field Field)> Columns(int year)
    {
        var yy = (year % 100).ToString("00", CultureInfo.InvariantCulture);
        var be = "BE" + yy;
        var nombe = "NOMBE" + yy;
        if (year <= 2022)
        {
            return
            [
                ("Famille_metier", Field.FamilyCode), ("Libellé de famille de métier", Field.FamilyLabel),
                ("code métier BMO ", Field.MetierCode), ("nom_metier BMO", Field.MetierLabel),
                (be, Field.BassinCode), (nombe, Field.BassinLabel), ("Dept", Field.Department), ("NomDept", Field.DepartmentLabel),
                ("REG", Field.Region), ("NOM_REG", Field.RegionLabel),
                ("met", Field.Projects), ("xmet", Field.Difficult), ("smet", Field.Seasonal),
            ];
        }

        var head = new List<(string, Field)>
        {
            ("annee", Field.Year), ("Code métier BMO", Field.MetierCode), ("Nom métier BMO", Field.MetierLabel),
            ("Famille_met", Field.FamilyCode), ("Lbl_fam_met", Field.FamilyLabel),
        };
        if (year == 2023)
        {
            head.AddRange([
                (be, Field.BassinCode), (nombe, Field.BassinLabel), ("Dept", Field.Department), ("NomDept", Field.DepartmentLabel),
                ("REG", Field.Region), ("NOM_REG", Field.RegionLabel),
            ]);
        }
        else
        {
            head.AddRange([
                ("REG", Field.Region), ("NOM_REG", Field.RegionLabel), ("Dept", Field.Department), ("NomDept", Field.DepartmentLabel),
                (be, Field.BassinCode), (nombe, Field.BassinLabel),
            ]);
            if (year >= 2026)
            {
                head.Add(("clpe", Field.Clpe));
            }
        }

        head.AddRange([("met", Field.Projects), ("xmet", Field.Difficult), ("smet", Field.Seasonal)]);
        return head;
    }

    public static string FileName(int year) => year switch
    {
        2023 => "Base_open_data_23.xlsx",
        >= 2026 => $"Base-open-data-BMO-{year}.xlsx",
        _ => $"Base_open_data_BMO_{year}.xlsx",
    };

    public static string DataSheetName(int year) => $"BMO_{year}_open_data";

    public const string DescriptionSheetName = "Description_des_variables";

    public static string Describe(Field field) => field switch
    {
        Field.Year => "Année du projet de recrutement",
        Field.FamilyCode => "Code de la famille de métiers BMO",
        Field.FamilyLabel => "Libellé de la famille de métiers BMO",
        Field.MetierCode => "Code métier BMO (FAP)",
        Field.MetierLabel => "Libellé du métier BMO",
        Field.BassinCode => "Code du bassin d'emploi BMO",
        Field.BassinLabel => "Nom du bassin d'emploi BMO",
        Field.Department => "Code du département",
        Field.DepartmentLabel => "Nom du département",
        Field.Region => "Code de la région",
        Field.RegionLabel => "Nom de la région",
        Field.Clpe => "Clé locale (non documentée)",
        Field.Projects => "Nombre de projets de recrutement",
        Field.Difficult => "Nombre de projets de recrutement jugés difficiles",
        Field.Seasonal => "Nombre de projets de recrutement saisonniers",
        _ => string.Empty,
    };
}
