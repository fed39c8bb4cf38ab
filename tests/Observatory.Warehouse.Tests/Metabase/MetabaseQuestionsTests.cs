using Observatory.DuckDb;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Metabase;

/// <summary>Every question of the Metabase kit runs on the sample build (read-only, <c>pub</c> only) and returns rows with its columns.</summary>
public sealed class MetabaseQuestionsTests(SampleBuildFixture sample) : IClassFixture<SampleBuildFixture>
{
    private static readonly Dictionary<string, string[]> ExpectedColumns = new(StringComparer.Ordinal)
    {
        ["01-tension-ranking.sql"] = ["metier", "niveau", "tension", "indice", "statut", "repli_niveau", "repli_indice", "repli_niveau_tension"],
        ["02-tension-heatmap-region.sql"] = ["metier", "departement", "niveau", "statut"],
        ["03-recruitment-difficulty-series.sql"] = ["annee", "metier", "taux_difficulte_pct", "projets_difficiles", "projets", "statut"],
        ["04-offers-vs-job-seekers.sql"] = ["metier", "offres", "demandeurs_cat_a", "ratio_tension"],
        ["05-training-output.sql"] = ["annee", "metier", "entrants", "inscrits", "diplomes", "taux_reussite_pct"],
        ["06-absenteeism-turnover.sql"] = ["metier", "absenteisme_pct", "rotation_pct", "vacance_pct", "etablissements"],
        ["07-compare-department-region-france.sql"] = ["annee", "echelon", "territoire", "valeur", "statut"],
        ["08-sources-freshness.sql"] = ["source", "dernier_millesime", "millesimes", "fichiers", "lignes", "dernier_chargement", "age_jours"],
        ["09-masked-value-share.sql"] = ["indicateur", "cellules", "masquees", "part_masquee_pct", "motif_source", "motif_frequence", "motif_dominance", "motif_ratio", "motif_secondaire"],
        ["10-platform-outcomes.sql"] = ["annee", "metier", "accompagnes", "sorties_positives_pct"],
    };

    public static TheoryData<string> Questions => [.. MetabaseKit.QuestionFiles.Select(f => Path.GetFileName(f))];

    [Fact]
    public void Kit_HasTheTenQuestionsEachNamedAndDescribed()
    {
        Assert.Equal(ExpectedColumns.Keys.Order(StringComparer.Ordinal), MetabaseKit.QuestionFiles.Select(Path.GetFileName));
        var names = MetabaseKit.QuestionFiles.Select(f => MetabaseKit.Header(File.ReadAllText(f), "name")).ToList();
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(MetabaseKit.QuestionFiles, f => Assert.NotNull(MetabaseKit.Header(File.ReadAllText(f), "description")));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Question_OnTheSampleBuild_ReturnsRowsWithItsColumns(string file)
    {
        Assert.True(sample.Report.Published, sample.Report.Error);
        var sql = MetabaseKit.Substitute(File.ReadAllText(Path.Combine(MetabaseKit.Directory, "questions", file)));
        var path = sample.Home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);

        using var database = DuckDbDatabase.Open(path, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();
        using var result = connection.Query(sql);

        Assert.Equal(ExpectedColumns[file], result.Columns.Select(c => c.Name));
        Assert.NotEmpty(result.Rows());
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Question_ReadsOnlyThePubSchema(string file)
    {
        var sql = File.ReadAllText(Path.Combine(MetabaseKit.Directory, "questions", file));
        var tables = System.Text.RegularExpressions.Regex.Matches(sql, @"\b(?:from|join)\s+([a-z_][a-z_0-9.]*)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Select(m => m.Groups[1].Value)
            .Where(t => t != "department")
            .ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.StartsWith("pub.", t, StringComparison.Ordinal));
    }
}
