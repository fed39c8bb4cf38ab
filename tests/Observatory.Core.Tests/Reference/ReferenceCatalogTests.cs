using Observatory.Core.Geography;
using Observatory.Core.Metiers;
using Observatory.Core.Reference;
using Observatory.Core.Values;

namespace Observatory.Core.Tests.Reference;

public class ReferenceCatalogTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>
{
    private readonly ReferenceCatalog _ref = fixture.Catalog;

    [Fact]
    public void Metiers_AreExactlyTheModelCodes() =>
        Assert.Equal(MetierCode.Known.Order(), _ref.Metiers.Select(m => m.Code).Order());

    [Fact]
    public void Metiers_AinPriorities_AreTheEightOfThePlan()
    {
        string[] ain = ["AS", "AES", "ADVF", "ES", "EJE", "ME", "ASS", "TISF"];

        Assert.Equal(ain.Order(), _ref.Metiers.Where(m => m.PriorityAin).Select(m => m.Code).Order());
    }

    [Fact]
    public void Metiers_LandesPrincipal_IncludeAsAesAdvf()
    {
        var landes = _ref.Metiers.Where(m => m.PriorityLandes).Select(m => m.Code).ToList();

        Assert.Contains("AS", landes);
        Assert.Contains("AES", landes);
        Assert.Contains("ADVF", landes);
    }

    [Fact]
    public void Metiers_SectorsAreFromTheVocabulary() =>
        Assert.All(_ref.Metiers, m => Assert.Contains(m.Sector, new[] { "autonomie", "handicap", "enfance-famille", "insertion" }));

    [Theory]
    [InlineData(CodeSystem.Rome)]
    [InlineData(CodeSystem.Fap)]
    [InlineData(CodeSystem.Pcs)]
    public void Crosswalk_EveryCodeExistsInItsCodeListWithSameVersion(CodeSystem system)
    {
        var codes = _ref.CodesOf(system).Select(c => (c.Code, c.Version)).ToHashSet();

        Assert.All(_ref.LinksOf(system), l => Assert.True(codes.Contains((l.SourceCode, l.Version)),
            $"{system} {l.SourceCode} ({l.Version}) of {l.MetierCode} is not in the code list"));
    }

    [Theory]
    [InlineData(CodeSystem.Rome)]
    [InlineData(CodeSystem.Fap)]
    [InlineData(CodeSystem.Pcs)]
    public void Crosswalk_EveryMetierIsKnown(CodeSystem system) =>
        Assert.All(_ref.LinksOf(system), l => Assert.NotNull(_ref.FindMetier(l.MetierCode)));

    [Theory]
    [InlineData(CodeSystem.Rome)]
    [InlineData(CodeSystem.Fap)]
    [InlineData(CodeSystem.Pcs)]
    public void Crosswalk_WeightsOfOneSourceCodeSumToOne(CodeSystem system)
    {
        foreach (var group in _ref.LinksOf(system).GroupBy(l => (l.SourceCode, l.Version, l.Level)))
        {
            var sum = group.Sum(l => l.Weight);
            Assert.True(Math.Abs(sum - 1) <= 1e-9, $"{system} {group.Key}: weights sum to {sum}");
        }
    }

    [Theory]
    [InlineData(CodeSystem.Rome)]
    [InlineData(CodeSystem.Fap)]
    [InlineData(CodeSystem.Pcs)]
    public void Crosswalk_SharedCodesAreFlaggedAsGroups(CodeSystem system)
    {
        var shared = _ref.LinksOf(system).GroupBy(l => (l.SourceCode, l.Version, l.Level)).Where(g => g.Count() > 1);

        Assert.All(shared.SelectMany(g => g), l => Assert.True(l.IsGroup, $"{l.SourceCode} → {l.MetierCode} lacks a 'group:' note"));
    }

    [Theory]
    [InlineData(CodeSystem.Rome)]
    [InlineData(CodeSystem.Fap)]
    [InlineData(CodeSystem.Pcs)]
    public void Crosswalk_AtMostOnePrincipalPerMetierVersionLevel(CodeSystem system)
    {
        foreach (var group in _ref.LinksOf(system).GroupBy(l => (l.MetierCode, l.Version, l.Level)))
        {
            Assert.True(group.Count(l => l.IsPrincipal) == 1, $"{system} {group.Key}: {group.Count(l => l.IsPrincipal)} principal codes");
        }
    }

    [Fact]
    public void Crosswalk_FapVersionsUseTheirLevels()
    {
        Assert.All(_ref.FapLinks.Where(l => l.Version == "2009"), l => Assert.Equal(225, l.Level));
        Assert.All(_ref.FapLinks.Where(l => l.Version == "2021"), l => Assert.Contains(l.Level, new int?[] { 228, 341 }));
    }

    [Fact]
    public void Crosswalk_KnownLinksOfTheSpec_ArePresent()
    {
        Assert.Contains(_ref.MetiersFor(CodeSystem.Fap, "V4X84", "2021"), l => l.MetierCode == "AES");
        Assert.Contains(_ref.MetiersFor(CodeSystem.Fap, "T2B60", "2021"), l => l.MetierCode == "AP");
        Assert.Contains(_ref.MetiersFor(CodeSystem.Rome, "K1311", "4.0"), l => l.MetierCode == "ADVF");
        Assert.Equal(5, _ref.MetiersFor(CodeSystem.Fap, "V4X83", "2021").Count);
    }

    [Fact]
    public void FapCodes_ParentsExistAtLevel228()
    {
        var level228 = _ref.FapCodes.Where(c => c.Level == 228).Select(c => c.Code).ToHashSet();

        Assert.All(_ref.FapCodes.Where(c => c.Level == 341), c => Assert.Contains(c.ParentCode!, level228));
    }

    [Fact]
    public void CodeLists_HaveNoDuplicateCodeVersion()
    {
        foreach (var system in Enum.GetValues<CodeSystem>())
        {
            var entries = _ref.CodesOf(system);
            Assert.Equal(entries.Count, entries.Select(c => (c.Code, c.Version)).Distinct().Count());
        }
    }

    [Fact]
    public void Departments_AreTheHundredAndOneOfTheCog()
    {
        Assert.Equal(101, _ref.Departments.Count);
        Assert.Equal(_ref.Departments.Count, _ref.Departments.Select(d => d.Code).Distinct().Count());
        Assert.All(_ref.Departments, d => Assert.Equal(d.Code, DepartmentCode.From(d.Code).Value));
        Assert.Equal("84", _ref.FindDepartment("01")!.RegionCode);
        Assert.Equal("75", _ref.FindDepartment("40")!.RegionCode);
        Assert.Equal("drom", _ref.FindDepartment("976")!.Zone);
    }

    [Fact]
    public void Departments_EachHasAKnownRegion() =>
        Assert.All(_ref.Departments, d => Assert.NotNull(_ref.FindRegion(d.RegionCode)));

    [Fact]
    public void Regions_EachHasAtLeastOneDepartment()
    {
        Assert.Equal(18, _ref.Regions.Count);
        Assert.All(_ref.Regions, r => Assert.Contains(_ref.Departments, d => d.RegionCode == r.Code));
    }

    [Fact]
    public void Bassins_BelongToKnownDepartmentsAndAreFourCharacters()
    {
        Assert.All(_ref.Bassins, b =>
        {
            Assert.NotNull(_ref.FindDepartment(b.DepartmentCode));
            Assert.Matches("^[0-9]{4}$", b.Code);
        });
        Assert.Equal(_ref.Bassins.Count, _ref.Bassins.Select(b => (b.Code, b.DepartmentCode, b.Vintage)).Distinct().Count());
    }

    [Theory]
    [InlineData("01")]
    [InlineData("40")]
    public void Bassins_StudyDepartmentsHaveBassinsInEveryVintage(string department)
    {
        foreach (var vintage in _ref.Bassins.Select(b => b.Vintage).Distinct())
        {
            Assert.Contains(_ref.Bassins, b => b.DepartmentCode == department && b.Vintage == vintage);
        }
    }

    [Fact]
    public void Bassins_EveryDepartmentOfRegions84And75HasOne()
    {
        var withBassin = _ref.Bassins.Select(b => b.DepartmentCode).ToHashSet();

        Assert.All(_ref.Departments.Where(d => d.RegionCode is "84" or "75"), d => Assert.Contains(d.Code, withBassin));
    }

    [Fact]
    public void Diplomas_LinksPointToKnownDiplomasAndMetiersWithWeightsSummingToOne()
    {
        Assert.All(_ref.DiplomaMetiers, l =>
        {
            Assert.Contains(_ref.Diplomas, d => d.Code == l.DiplomaCode);
            Assert.NotNull(_ref.FindMetier(l.MetierCode));
        });
        foreach (var group in _ref.DiplomaMetiers.GroupBy(l => l.DiplomaCode))
        {
            Assert.True(Math.Abs(group.Sum(l => l.Weight) - 1) <= 1e-9, group.Key);
        }

        Assert.All(_ref.Diplomas, d => Assert.Contains(d.Source, new[] { "drees_ecoles_sociales", "drees_formations_sante" }));
    }

    [Fact]
    public void FinessCategoriesAndNaf_UseKnownSectors()
    {
        string[] sectors = ["autonomie", "handicap", "enfance-famille", "insertion", "sanitaire"];

        Assert.All(_ref.FinessCategories, c => Assert.Contains(c.Sector, sectors));
        Assert.All(_ref.NafCodes, c => Assert.Contains(c.Sector, sectors));
        Assert.All(_ref.NafCodes, c => Assert.Matches("^[0-9]{4}[A-Z]$", c.Code));
        Assert.Equal("autonomie", _ref.FinessCategories.Single(c => c.Code == "460").Sector);
    }

    [Fact]
    public void Statuses_MatchTheEnumInSeverityOrder()
    {
        Assert.Equal(ValueStatuses.All, _ref.Statuses.OrderBy(s => s.Severity).Select(s => s.Status));
        Assert.All(_ref.Statuses, s => Assert.Equal((int)s.Status, s.Severity));
    }

    [Fact]
    public void Contains_KnowsListsAndRejectsUnknownListName()
    {
        Assert.True(_ref.Contains("departments", "2A"));
        Assert.False(_ref.Contains("departments", "20"));
        Assert.True(_ref.Contains("bmo_bassins", "0101"));
        Assert.Throws<ArgumentException>(() => _ref.Contains("nope", "01"));
    }
}
