using System.Text.Json;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Validation.Cost;

namespace Observatory.GraphQL.Validation.Tests;

public sealed class CostAnalyzerTests
{
    private static CostReport? Analyze(string query, string? variablesJson = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().First();
        object? variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement;
        return CostAnalyzer.Analyze(CostTestSchema.Instance, document, operation, variables, CostTestSchema.Model);
    }

    private static long Cost(string query, string? variablesJson = null) => Analyze(query, variablesJson)!.Value.Cost;

    [Fact]
    public void Analyze_SingleObjectWithScalars_CostsTheCompositeFieldOnly()
    {
        var report = Analyze("{ metier(code: \"a\") { code name } }")!.Value;

        Assert.Equal(1, report.Cost);
        Assert.Equal(3, report.FieldCount);
    }

    [Fact]
    public void Analyze_LiteralLimit_MultipliesTheItems() =>
        Assert.Equal(10 + (5 * 1), Cost("{ metiers(limit: 5) { code } }"));

    [Theory]
    [InlineData("{\"n\": 50}", 10 + 50)]
    [InlineData("{\"n\": 0}", 10)]
    [InlineData("{\"n\": null}", 10 + 100)]
    [InlineData("{}", 10 + 100)]
    public void Analyze_LimitAsVariable_UsesTheCoercedValue(string variables, long expected) =>
        Assert.Equal(expected, Cost("query($n: Int) { metiers(limit: $n) { code } }", variables));

    [Fact]
    public void Analyze_LimitVariableWithDefault_UsesTheDefault() =>
        Assert.Equal(10 + 7, Cost("query($n: Int = 7) { metiers(limit: $n) { code } }", "{}"));

    [Theory]
    [InlineData("{\"f\": {\"sector\": \"soin\", \"limit\": 3}}", 10 + 3)]
    [InlineData("{\"f\": {\"sector\": \"soin\", \"limit\": 900}}", 10 + 900)]
    [InlineData("{\"f\": {\"sector\": \"soin\"}}", 10 + 100)]
    public void Analyze_FilterAsVariable_ReadsTheNestedSlicingArgument(string variables, long expected) =>
        Assert.Equal(expected, Cost("query($f: MetierFilter) { metiers(filter: $f) { code } }", variables));

    [Fact]
    public void Analyze_VariableInsideFilterLiteral_IsResolved() =>
        Assert.Equal(10 + 42, Cost("query($n: Int) { metiers(filter: { limit: $n }) { code } }", "{\"n\": 42}"));

    [Fact]
    public void Analyze_NestedLists_MultiplyPerLevel() =>
        Assert.Equal(10 + (5 * (1 + 1 + (4 * 1))), Cost("{ metiers(limit: 5) { values(limit: 4) { year } } }"));

    [Fact]
    public void Analyze_ArgumentDefault_SizesTheList() =>
        Assert.Equal(1 + 1 + 10, Cost("{ metier(code: \"a\") { values { year } } }"));

    [Fact]
    public void Analyze_DefaultSlicingArgumentAndFallbackSize_Apply()
    {
        Assert.Equal(1 + (3 * 1), Cost("{ search(first: 3) { code } }"));
        Assert.Equal(1 + (5 * 1), Cost("{ search { code } }"));
        Assert.Equal(1 + (1 + (10 * (1 + 1 + (10 * 1)))), Cost("{ metier(code: \"a\") { related { related { code } } } }"));
    }

    [Fact]
    public void Analyze_ListOfLists_MultipliesBySizeSquared() =>
        Assert.Equal(1 + (3 * 3), Cost("{ grid(first: 3) { code } }"));

    [Fact]
    public void Analyze_ScalarList_CostsNothing() => Assert.Equal(0, Cost("{ tags }"));

    [Fact]
    public void Analyze_EachAlias_IsCounted()
    {
        var report = Analyze("{ a: metiers(limit: 5) { code } b: metiers(limit: 5) { code } c: metier(code: \"x\") { code } }")!.Value;

        Assert.Equal(15 + 15 + 1, report.Cost);
        Assert.Equal(6, report.FieldCount);
    }

    [Fact]
    public void Analyze_FragmentSpreadTwice_CountsTwice() =>
        Assert.Equal(2 * 15, Cost("{ a: metiers(limit: 5) { ...F } b: metiers(limit: 5) { ...F } } fragment F on Metier { code }"));

    [Fact]
    public void Analyze_SkippedByVariable_CostsNothing()
    {
        const string Query = "query($s: Boolean!) { metiers(limit: 5) @skip(if: $s) { code } metier(code: \"a\") @include(if: $s) { code } }";

        Assert.Equal(1, Cost(Query, "{\"s\": true}"));
        Assert.Equal(15, Cost(Query, "{\"s\": false}"));
    }

    [Fact]
    public void Analyze_IntrospectionFields_CostTheirWeightWithoutDescending() =>
        Assert.Equal(1, Cost("{ __typename __schema { types { fields { type { fields { name } } } } } }"));

    [Fact]
    public void Analyze_VariablesThatDoNotCoerce_ReturnsNull() =>
        Assert.Null(Analyze("query($n: Int!) { metiers(limit: $n) { code } }", "{\"n\": \"many\"}"));

    [Fact]
    public void Analyze_FragmentBillionLaughs_IsPricedWithoutExpansion()
    {
        // Each fragment spreads the previous one twice: expanded, 2^70 copies of F0; priced once per fragment here.
        var fragments = string.Join("\n", Enumerable.Range(1, 70).Select(i => $"fragment F{i} on Metier {{ a: related {{ ...F{i - 1} }} b: related {{ ...F{i - 1} }} }}"));
        var report = Analyze($"{{ metier(code: \"a\") {{ ...F70 }} }}\nfragment F0 on Metier {{ code }}\n{fragments}")!.Value;

        Assert.Equal(long.MaxValue, report.Cost);
        Assert.Equal(long.MaxValue, report.FieldCount);
    }

    [Fact]
    public void Analyze_FragmentCycle_DoesNotLoop() =>
        Assert.Equal(1 + 1 + 10, Cost("{ metier(code: \"a\") { ...A } } fragment A on Metier { related { ...B } } fragment B on Metier { ...A code }"));

    [Fact]
    public void Analyze_UnknownFieldsAndTypes_CostNothing() =>
        Assert.Equal(0, Cost("{ nope { code } ... on Missing { tags } }"));
}
