using Observatory.Etl.Contracts;

namespace Observatory.Etl.Tests.Contracts;

public class ContractCatalogTests(ContractFixture fixture) : IClassFixture<ContractFixture>
{
    private static readonly string[] Ids =
    [
        "bmo", "ft_offres", "ft_demandeurs", "drees_ecoles_sociales", "drees_formations_sante",
        "urssaf_etab_effectifs", "finess", "enquete_rh", "plateforme_activite", "plateforme_parcours", "plan_actions", "dares_tensions",
    ];

    public static TheoryData<string> SourceIds => new(Ids);

    [Fact]
    public void Load_HasExactlyTheElevenSources() =>
        Assert.Equal(Ids.Order(), fixture.Catalog.Contracts.Select(c => c.Id).Order());

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Contract_KeyColumnsAvailableInEveryVariant(string id)
    {
        var contract = fixture.Catalog[id];

        Assert.NotEmpty(contract.Key);
        // Only a nullable key column may be absent from a layout (the department code of a national sheet).
        Assert.All(contract.Variants, v => Assert.All(contract.Key.Except(contract.AvailableColumns(v)),
            k => Assert.True(contract.FindColumn(k)!.Nullable, $"{id}: {k} missing from {v.Id}")));
    }

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Contract_ReferencesExistAndRulesUseDeclaredColumns(string id)
    {
        var contract = fixture.Catalog[id];
        var declared = contract.Columns.Select(c => c.Name).ToHashSet();

        Assert.All(contract.Columns.Where(c => c.Reference is not null), c =>
            Assert.Contains(c.Reference!.List, Core.Reference.ReferenceCatalog.ListNames));
        Assert.All(contract.Rules.SelectMany(r => r.ReferencedColumns), c => Assert.Contains(c, declared));
        Assert.All(contract.Partitioning, c => Assert.Contains(c, declared));
        Assert.Contains(contract.Rules, r => r.Kind == RuleKind.Unique);
        Assert.InRange(contract.MaxRejectRate, 0, 1);
    }

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Contract_AllowedValuesExistInReferencedList(string id)
    {
        var contract = fixture.Catalog[id];

        foreach (var column in contract.Columns.Where(c => c.Reference is not null && c.Allowed.Count > 0))
        {
            Assert.All(column.Allowed, v => Assert.True(fixture.Reference.Contains(column.Reference!.List, v), $"{id}.{column.Name}: {v}"));
        }
    }

    [Fact]
    public void Bmo_VariantsCarryTheirFapVersion()
    {
        var bmo = fixture.Catalog["bmo"];

        Assert.Equal("2009", bmo.Variants.Single(v => v.Id == "bmo-2023").Constants["fap_version"]);
        Assert.Equal("2021", bmo.Variants.Single(v => v.Id == "bmo-2024").Constants["fap_version"]);
        Assert.Equal(ValueStatusSecret(), bmo.MaskStatus(bmo.FindColumn("met")!, " * "));
    }

    [Fact]
    public void EnqueteRh_AgeBandRuleSumsFourBands()
    {
        var rule = fixture.Catalog["enquete_rh"].Rules.Single(r => r.Id == "age_bands_sum_to_headcount");
        var values = new Dictionary<string, decimal?> { ["age_under_30"] = 2, ["age_30_44"] = 3, ["age_45_54"] = 4, ["age_55_plus"] = 1, ["headcount"] = 10 };

        Assert.True(rule.Expression!.Evaluate(c => values[c]));
        values["headcount"] = 11;
        Assert.False(rule.Expression.Evaluate(c => values[c]));
    }

    [Fact]
    public void DepartmentColumns_PadAndKeepCorsicaAndOverseas()
    {
        var column = fixture.Catalog["bmo"].FindColumn("department_code")!;

        Assert.Equal("01", column.ApplyNormalization(" 1 "));
        Assert.Equal("2A", column.ApplyNormalization("2a"));
        Assert.Equal("971", column.ApplyNormalization("971"));
        Assert.Equal("0101", fixture.Catalog["bmo"].FindColumn("bassin_code")!.ApplyNormalization("101"));
        Assert.Equal("8810A", fixture.Catalog["urssaf_etab_effectifs"].FindColumn("naf_code")!.ApplyNormalization("88.10a"));
    }

    [Fact]
    public void DaresIndex_RoundStep_KeepsSixDecimalsOfAnXlsxDouble()
    {
        var column = fixture.Catalog["dares_tensions"].FindColumn("tension_index")!;

        Assert.Equal("0.187715", column.ApplyNormalization("0.18771471242827951"));
        Assert.Equal("-0.000012", column.ApplyNormalization("-1.2E-05"));
        Assert.Equal("n.d.", column.ApplyNormalization(" n.d. "));
    }

    private static Core.Values.ValueStatus ValueStatusSecret() => Core.Values.ValueStatus.Secret;
}
