using Observatory.Warehouse.Disclosure.Audit;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>A secret tension index recomputed from what is published beside it.</summary>
public sealed class DisclosureAuditCompositeTests : IDisposable
{
    private const double DifficultyMean = 0.7, DifficultyStdDev = 0.1, RatioMean = 1.5, RatioStdDev = 0.75;

    private readonly PubTables _pub = new();

    public DisclosureAuditCompositeTests()
    {
        _pub.Indicator("recruitment_difficulty_rate", "up", "xmet / met");
        _pub.Indicator("tension_ratio", "up", "offers_4q / entries_a_4q");
        _pub.Indicator("tension_index", "up", "sum(w_k * z_k) / sum(w_k)");
        _pub.Reference("recruitment_difficulty_rate", "principal", 0.5, DifficultyMean, DifficultyStdDev);
        _pub.Reference("tension_ratio", "principal", 0.5, RatioMean, RatioStdDev);
        foreach (var period in PubTables.History)
        {
            foreach (var department in PubTables.Departments)
            {
                var (difficulty, ratio) = Components(department, period);
                _pub.Row("recruitment_difficulty_rate", "X", "DEP", department, period, difficulty);
                _pub.Row("tension_ratio", "X", "DEP", department, period, ratio);
                _pub.Tension("X", "DEP", department, period, Index(difficulty, ratio), "ok",
                    ("recruitment_difficulty_rate", "principal", difficulty, ZDifficulty(difficulty)),
                    ("tension_ratio", "principal", ratio, ZRatio(ratio)));
            }
        }
    }

    public void Dispose() => _pub.Dispose();

    [Fact]
    public void SecretIndex_RecomputedFromItsPrincipalZScores()
    {
        var (difficulty, ratio) = Components("D1", "2020");
        _pub.Tension("X", "DEP", "D1", "2020", null, "secret",
            ("recruitment_difficulty_rate", "principal", null, ZDifficulty(difficulty)),
            ("tension_ratio", "principal", null, ZRatio(ratio)));

        var index = DisclosureAuditTests.Recovered(Anonymous(), "tension_index", "X", "D1", "index");

        Assert.Equal(Index(difficulty, ratio), index.Value, 9);
        Assert.Equal(DisclosureLeakKind.Composite, index.Kind);
    }

    [Fact]
    public void SecretIndex_RecomputedFromComponentValuesInIndicatorValuesAndReferenceMoments()
    {
        var (difficulty, ratio) = Components("D1", "2020");
        _pub.Row("recruitment_difficulty_rate", "X", "DEP", "D1", "2020", difficulty);
        _pub.Row("tension_ratio", "X", "DEP", "D1", "2020", ratio);
        _pub.Tension("X", "DEP", "D1", "2020", null, "secret",
            ("recruitment_difficulty_rate", "principal", null, null),
            ("tension_ratio", "principal", null, null));

        var result = Anonymous();

        Assert.Equal(Index(difficulty, ratio), DisclosureAuditTests.Recovered(result, "tension_index", "X", "D1", "index").Value, 9);
        Assert.Equal(ZRatio(ratio), DisclosureAuditTests.Recovered(result, "tension_ratio", "X", "D1", "z_score").Value, 9);
    }

    [Fact]
    public void SecretIndex_WithOnePrincipalComponentHidden_NotRecovered()
    {
        var (_, ratio) = Components("D1", "2020");
        _pub.Tension("X", "DEP", "D1", "2020", null, "secret",
            ("recruitment_difficulty_rate", "principal", null, null),
            ("tension_ratio", "principal", ratio, ZRatio(ratio)));

        Assert.Empty(Anonymous().Recovered);
    }

    private static (double Difficulty, double Ratio) Components(string department, string period) =>
        (0.4 + (PubTables.Seeded("X", department, period) / 100), 0.5 + (PubTables.Seeded("Y", department, period) / 20));

    private static double ZDifficulty(double x) => (x - DifficultyMean) / DifficultyStdDev;

    private static double ZRatio(double x) => (x - RatioMean) / RatioStdDev;

    private static double Index(double difficulty, double ratio) => (0.5 * ZDifficulty(difficulty) + 0.5 * ZRatio(ratio)) / 1.0;

    private DisclosureAuditResult Anonymous() => DisclosureAudit.Run(_pub.Connection, new DisclosureAuditOptions());
}
