using Observatory.DuckDb;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// The agreement model (<c>pub_observatory__tension_agreement.sql</c>) run on a tiny fixed <c>pub.tension</c>, against
/// a linearly weighted Cohen's kappa computed by hand.
/// </summary>
public sealed class TensionAgreementTests
{
    private const string Model = "models/publication/observatory/pub_observatory__tension_agreement.sql";

    // 2024 DEP, six compared cells (observatory level, official level) and two that must not be compared:
    // a hidden index (level NULL) and a partial region (an index over the departments loaded only).
    // 2025 REG: two cells, both level 3 on both sides.
    private const string FixedTension = """
        create schema pub;
        create table pub.tension as
        select * from (values
            ('2024', 'DEP', 1, 1, 'ok'),
            ('2024', 'DEP', 2, 2, 'ok'),
            ('2024', 'DEP', 3, 4, 'ok'),
            ('2024', 'DEP', 4, 4, 'imputed'),
            ('2024', 'DEP', 5, 3, 'ok'),
            ('2024', 'DEP', 2, 1, 'ok'),
            ('2024', 'DEP', null, 3, 'secret'),
            ('2024', 'REG', 4, 1, 'partial'),
            ('2025', 'REG', 3, 3, 'ok'),
            ('2025', 'REG', 3, 3, 'ok')
        ) as t(period, territory_level, level, official_level, status)
        """;

    [Fact]
    public void Kappa_SixCells_EqualsTheHandComputedValue()
    {
        // Pairs (a, b): (1,1) (2,2) (3,4) (4,4) (5,3) (2,1); n = 6.
        // Identical: 3 → 3/6 = 0.5. |a − b| = 0, 0, 1, 0, 2, 1 → within one level: 5 → 5/6.
        // Observed disagreement D_o = Σ |a − b| / 4 / n = 4 / 4 / 6 = 1/6.
        // Margins: observatory n_a(1..5) = 1, 2, 1, 1, 1; official n_b(1..5) = 2, 1, 1, 2, 0.
        // Σ_i Σ_j n_a(i) · n_b(j) · |i − j|, by observatory level i:
        //   i = 1: 1·1·1 + 1·1·2 + 1·2·3 = 9
        //   i = 2: 2·2·1 + 2·1·1 + 2·2·2 = 14
        //   i = 3: 1·2·2 + 1·1·1 + 1·2·1 = 7
        //   i = 4: 1·2·3 + 1·1·2 + 1·1·1 = 9
        //   i = 5: 1·2·4 + 1·1·3 + 1·1·2 + 1·2·1 = 15      total 54
        // Expected disagreement D_e = 54 / 4 / 6² = 0.375.
        // kappa = 1 − D_o / D_e = 1 − (1/6) / 0.375 = 1 − 4/9 = 5/9
        //   (= (P_o − P_e) / (1 − P_e) with P_o = 5/6, P_e = 5/8: (5/24) / (9/24) = 5/9).
        var row = Row("2024", "DEP");

        Assert.Equal(6L, row["cells"]);
        Assert.Equal((3L, 0.5), (row["identical"], row["identical_share"]));
        Assert.Equal(5L, row["within_one"]);
        Assert.Equal(5.0 / 6, (double)row["within_one_share"]!, 12);
        Assert.Equal(1.0 / 6, (double)row["observed_disagreement"]!, 12);
        Assert.Equal(0.375, (double)row["expected_disagreement"]!, 12);
        Assert.Equal(5.0 / 9, (double)row["weighted_kappa"]!, 12);
    }

    [Fact]
    public void Kappa_OneLevelOnBothSides_IsNullNotOne()
    {
        // (3,3) (3,3): D_o = 0 and D_e = 2·2·0 / 4 / 4 = 0; 0/0 is undefined.
        var row = Row("2025", "REG");

        Assert.Equal((2L, 1.0), (row["cells"], row["identical_share"]));
        Assert.Null(row["weighted_kappa"]);
    }

    [Fact]
    public void Kappa_AllYearsAndLevels_PoolsTheEightComparedCells()
    {
        // The eight pairs of both years (the hidden and partial cells still left out): identical 5, within one 7.
        // D_o = 4 / 4 / 8 = 1/8. Margins: observatory 1, 2, 3, 1, 1; official 2, 1, 3, 2, 0.
        //   i = 1: 1·1·1 + 1·3·2 + 1·2·3 = 13
        //   i = 2: 2·2·1 + 2·3·1 + 2·2·2 = 18
        //   i = 3: 3·2·2 + 3·1·1 + 3·2·1 = 21
        //   i = 4: 1·2·3 + 1·1·2 + 1·3·1 = 11
        //   i = 5: 1·2·4 + 1·1·3 + 1·3·2 + 1·2·1 = 19     total 82
        // D_e = 82 / 4 / 8² = 82/256; kappa = 1 − (1/8) / (82/256) = 1 − 32/82 = 25/41.
        var row = Row("ALL", "ALL");

        Assert.Equal((8L, 5L, 7L), (row["cells"], row["identical"], row["within_one"]));
        Assert.Equal(25.0 / 41, (double)row["weighted_kappa"]!, 12);
        Assert.Equal(6L, Row("2024", "ALL")["cells"]);
        Assert.Equal(5.0 / 9, (double)Row("2024", "ALL")["weighted_kappa"]!, 12);
    }

    private static Dictionary<string, object?> Row(string period, string level)
    {
        using var database = DuckDbDatabase.Open(null);
        using var connection = database.Connect();
        connection.Execute(FixedTension);
        var sql = File.ReadAllText(Path.Combine(EtlDirectory.Locate(), Model));
        using var result = connection.Query($"select * from ({sql}) where period = '{period}' and territory_level = '{level}'");
        var row = result.Rows().Single();
        return result.Columns.Select((c, i) => (c.Name, row[i])).ToDictionary(c => c.Name, c => c.Item2, StringComparer.Ordinal);
    }
}
