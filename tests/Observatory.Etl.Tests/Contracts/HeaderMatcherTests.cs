using Observatory.Etl.Contracts;

namespace Observatory.Etl.Tests.Contracts;

public class HeaderMatcherTests(ContractFixture fixture) : IClassFixture<ContractFixture>
{
    private static readonly string[] Bmo2019 =
    [
        "Famille_metier", "Libellé de famille de métier", "code métier BMO ", "nom_metier BMO", "BE19", "NOMBE19",
        "Dept", "NomDept", "REG", "NOM_REG", "met", "xmet", "smet",
    ];

    private static readonly string[] Bmo2023 =
    [
        "annee", "Code métier BMO", "Nom métier BMO", "Famille_met", "Lbl_fam_met", "BE23", "NOMBE23",
        "Dept", "NomDept", "REG", "NOM_REG", "met", "xmet", "smet",
    ];

    private static string[] Bmo2024(string yy) =>
    [
        "annee", "Code métier BMO", "Nom métier BMO", "Famille_met", "Lbl_fam_met", "REG", "NOM_REG",
        "Dept", "NomDept", "BE" + yy, "NOMBE" + yy, "met", "xmet", "smet",
    ];

    private static readonly string[] Bmo2026 =
    [
        "annee", "Code métier BMO", "Nom métier BMO", "Famille_met", "Lbl_fam_met", "REG", "NOM_REG",
        "Dept", "NomDept", "BE26", "NOMBE26", "clpe", "met", "xmet", "smet",
    ];

    [Fact]
    public void Match_Bmo2019WithTrailingSpaceHeader_IsVariant2019()
    {
        var m = fixture.Matcher.Match(Bmo2019, "BMO_2019_open_data");

        AssertMatch(m, "bmo", "bmo-2019", 2019);
        Assert.Contains(m.Bindings, b => b.Header == "code métier BMO " && b.Column == "fap_code");
    }

    [Fact]
    public void Match_Bmo2023_IsVariant2023() =>
        AssertMatch(fixture.Matcher.Match(Bmo2023, "BMO_2023_open_data"), "bmo", "bmo-2023", 2023);

    [Theory]
    [InlineData("24", 2024)]
    [InlineData("25", 2025)]
    public void Match_Bmo2024And2025_IsVariant2024(string yy, int vintage) =>
        AssertMatch(fixture.Matcher.Match(Bmo2024(yy), $"BMO_{vintage}_open_data"), "bmo", "bmo-2024", vintage);

    [Fact]
    public void Match_Bmo2026WithClpe_IsVariant2026() =>
        AssertMatch(fixture.Matcher.Match(Bmo2026, "BMO_2026_open_data"), "bmo", "bmo-2026", 2026);

    [Fact]
    public void Match_Bmo2026WithoutSheetName_TakesVintageFromBassinHeader() =>
        AssertMatch(fixture.Matcher.Match(Bmo2026, null), "bmo", "bmo-2026", 2026);

    [Fact]
    public void Match_BmoHeadersInOtherCaseAccentsAndSpacing_StillMatch()
    {
        var shuffled = Bmo2023.Select(h => "  " + h.ToUpperInvariant().Replace("É", "E", StringComparison.Ordinal) + " ").Reverse().ToArray();

        AssertMatch(fixture.Matcher.Match(shuffled, "BMO_2023_open_data"), "bmo", "bmo-2023", 2023);
    }

    [Fact]
    public void Match_Bmo2026HeadersOnA2024Sheet_IsNotMatch()
    {
        var m = fixture.Matcher.Match(Bmo2026, "BMO_2024_open_data");

        Assert.False(m.IsMatch);
        Assert.Equal("bmo", m.Contract.Id);
    }

    [Fact]
    public void Match_FtOffres_UsesFileNameForRomeVersion()
    {
        var headers = "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;origineOffre;nombreOffres".Split(';');

        AssertMatch(fixture.Matcher.Match(headers, null, "stat-offres_40_2023.csv"), "ft_offres", "ft_offres-rome3", 2023);
        var m = fixture.Matcher.Match(headers, null, "stat-offres_01_2024.csv");
        AssertMatch(m, "ft_offres", "ft_offres-rome4", 2024);
        Assert.Equal("4.0", m.Variant.Constants["rome_version"]);
    }

    [Theory]
    [InlineData("stat-offres_FR_2023.csv", "ft_offres", "ft_offres-rome3", 2023)]
    [InlineData("stat-offres_40_2024.csv", "ft_offres", "ft_offres-rome4", 2024)]
    [InlineData("stat-offres_2A_2024.csv", "ft_offres", "ft_offres-rome4", 2024)]
    [InlineData("stat-demandeurs_FR_2025.csv", "ft_demandeurs", "ft_demandeurs-rome4", 2025)]
    [InlineData("stat-demandeurs_971_2019.csv", "ft_demandeurs", "ft_demandeurs-rome3", 2019)]
    public void Match_FtNationalAndDepartmentalFileNames_BothGiveTheVintage(string fileName, string contract, string variant, int vintage)
    {
        var headers = contract == "ft_offres"
            ? "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;origineOffre;nombreOffres".Split(';')
            : "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;categorieCandidat;nombreDemandeurs;nombreEntrees".Split(';');

        AssertMatch(fixture.Matcher.Match(headers, null, fileName), contract, variant, vintage);
        Assert.Equal(contract, new Jobs.SourceDetector(fixture.Catalog).SourceFromFileName(fileName));
    }

    [Theory]
    [InlineData("stat-offres_FRA_2024.csv")]
    [InlineData("stat-offres_FR_24.csv")]
    public void SourceFromFileName_NeitherNationalNorDepartmentalForm_IsNotRecognised(string fileName) =>
        Assert.Null(new Jobs.SourceDetector(fixture.Catalog).SourceFromFileName(fileName));

    [Fact]
    public void Match_FtDemandeurs_IsRecognised()
    {
        var headers = "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;categorieCandidat;nombreDemandeurs;nombreEntrees".Split(';');

        AssertMatch(fixture.Matcher.Match(headers, null, "stat-demandeurs_40_2025.csv"), "ft_demandeurs", "ft_demandeurs-rome4", 2025);
    }

    [Fact]
    public void Match_DreesEcolesSociales_IsRecognised() =>
        AssertMatch(fixture.Matcher.Match(
            ["Année", "Code région", "Libellé région", "Diplôme", "Inscrits", "Entrants 1re année", "Présentés", "Diplômés"],
            "Ecoles_sociales_2022"), "drees_ecoles_sociales", "drees_ecoles_sociales-v1", 2022);

    [Fact]
    public void Match_DreesFormationsSante_IsRecognised() =>
        AssertMatch(fixture.Matcher.Match(
            ["Année", "Code région", "Libellé région", "Formation", "Inscrits", "Entrants", "Présentés au diplôme", "Reçus au diplôme"],
            "Formations_sante_2023"), "drees_formations_sante", "drees_formations_sante-v1", 2023);

    [Fact]
    public void Match_UrssafWide_TakesLatestYearAsVintage()
    {
        string[] headers =
        [
            "code_commune", "intitule_commune", "code_departement", "departement", "region", "code_ape", "ape", "grand_secteur_d_activite",
            "nombre_d_etablissements_2023", "nombre_d_etablissements_2024", "effectifs_salaries_2023", "effectifs_salaries_2024",
        ];

        var m = fixture.Matcher.Match(headers, null);

        AssertMatch(m, "urssaf_etab_effectifs", "urssaf_etab_effectifs-wide", 2024);
        Assert.Equal(4, m.Bindings.Count(b => b.Year is not null));
        Assert.Contains(m.Bindings, b => b.Column == "employees" && b.Year == 2023);
    }

    [Fact]
    public void Match_FinessPreamble_IsRecognised()
    {
        var m = fixture.Matcher.Match(["finess", "etalab", "2025-03-14"], null);

        AssertMatch(m, "finess", "finess-structureet", 2025);
    }

    [Fact]
    public void Match_EnqueteRh_IsRecognised() =>
        AssertMatch(fixture.Matcher.Match(
        [
            "Année", "N° FINESS ET", "Raison sociale", "Département", "Catégorie FINESS", "Code métier", "Libellé métier",
            "Effectif au 31/12", "ETP réels", "ETP autorisés", "ETP vacants au 31/12", "Moins de 30 ans", "30-44 ans",
            "45-54 ans", "55 ans et plus", "Entrées", "Sorties", "Jours d'absence hors formation", "AT avec arrêt",
        ], "Réponses", "enquete_tensions_rh_40_2024.xlsx"), "enquete_rh", "enquete_rh-v1", 2024);

    [Fact]
    public void Match_PlateformeActivite_IsRecognised() =>
        AssertMatch(fixture.Matcher.Match(
            "Département;Plateforme;Année;Trimestre;Code métier;Personnes sensibilisées".Split(';'),
            null, "plateforme_activite_01_2024.csv"), "plateforme_activite", "plateforme_activite-v2", 2024);

    [Fact]
    public void Match_PlateformeActiviteWithPersonCounts_IsNoLongerRecognised()
    {
        var m = fixture.Matcher.Match(
            "Département;Plateforme;Année;Trimestre;Code métier;Personnes sensibilisées;Personnes accompagnées;Entrées en formation;Sorties en emploi;Sorties en formation".Split(';'),
            null, "plateforme_activite_01_2024.csv");

        Assert.False(m.IsMatch);
        Assert.Equal("plateforme_activite", m.Contract.Id);
        Assert.Contains("Personnes accompagnées", m.UnexpectedHeaders);
    }

    [Fact]
    public void Match_PlateformeParcours_IsRecognised() =>
        AssertMatch(fixture.Matcher.Match(
            "Identifiant;Département;Plateforme;Année;Trimestre;Code métier;Statut;Type de sortie;Date de sortie".Split(';'),
            null, "plateforme_parcours_40_2024.csv"), "plateforme_parcours", "plateforme_parcours-v1", 2024);

    [Fact]
    public void Match_PlanActions_IsRecognised()
    {
        var m = fixture.Matcher.Match(
            ["Département", "Axe", "N° action", "Intitulé de l\u2019action", "Pilote", "Statut", "Date de début", "Date de fin prévue", "Indicateur de suivi", "Cible", "Réalisé"],
            "Plan d'actions");

        AssertMatch(m, "plan_actions", "plan_actions-v1", null);
    }

    [Fact]
    public void Match_UnknownHeaderSet_ReportsClosestContractAndDifferences()
    {
        string[] headers = ["annee", "Code métier BMO", "Nom métier BMO", "Famille_met", "Lbl_fam_met", "REG", "NOM_REG", "Dept", "NomDept", "BE25", "NOMBE25", "met", "xmet", "tension"];

        var m = fixture.Matcher.Match(headers, "BMO_2025_open_data");

        Assert.False(m.IsMatch);
        Assert.Equal("bmo", m.Contract.Id);
        Assert.Equal("bmo-2024", m.Variant.Id);
        Assert.Equal(["smet"], m.MissingHeaders);
        Assert.Equal(["tension"], m.UnexpectedHeaders);
        Assert.InRange(m.Score, 0.5, 0.99);
    }

    [Fact]
    public void Match_CsvHeadersGivenASheet_IsNotMatch()
    {
        var headers = "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;origineOffre;nombreOffres".Split(';');

        var m = fixture.Matcher.Match(headers, "Feuil1");

        Assert.False(m.IsMatch);
        Assert.Equal("ft_offres", m.Contract.Id);
    }

    [Fact]
    public void HeaderFor_PatternHeader_UsesTemplate()
    {
        var spec = fixture.Catalog["bmo"].Variants.Single(v => v.Id == "bmo-2026").Headers.Single(h => h.Column == "bassin_code");

        Assert.Equal("BE26", spec.HeaderFor(2026));
    }

    private static void AssertMatch(HeaderMatch m, string contract, string variant, int? vintage)
    {
        Assert.True(m.IsMatch, $"{m.Contract.Id}/{m.Variant.Id}: {m.Reason}; missing [{string.Join(", ", m.MissingHeaders)}], unexpected [{string.Join(", ", m.UnexpectedHeaders)}]");
        Assert.Equal(contract, m.Contract.Id);
        Assert.Equal(variant, m.Variant.Id);
        Assert.Equal(vintage, m.Vintage);
        Assert.Equal(1.0, m.Score, 9);
    }
}
