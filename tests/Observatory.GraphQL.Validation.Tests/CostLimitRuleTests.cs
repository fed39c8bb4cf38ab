using System.Text.Json;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests;

public sealed class CostLimitRuleTests
{
    private static List<string> Validate(string query, ValidationLimits limits, string? variablesJson = null)
    {
        object? variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement;
        return DocumentValidator.Validate(CostTestSchema.Instance, Parser.Parse(query), SpecifiedRules.WithLimits(limits, variables))
            .Select(e => e.Message).ToList();
    }

    private static readonly ValidationLimits Limits = new() { MaxCost = 100, MaxFieldCount = 5, CostModel = CostTestSchema.Model };

    [Fact]
    public void CostLimit_LimitVariableOverTheMaximum_IsReported() =>
        Assert.Equal(
            ["The anonymous operation costs 510, more than the maximum cost of 100."],
            Validate("query($n: Int) { metiers(limit: $n) { code } }", Limits, "{\"n\": 500}"));

    [Fact]
    public void CostLimit_SameDocumentWithSmallVariable_Passes() =>
        Assert.Empty(Validate("query($n: Int) { metiers(limit: $n) { code } }", Limits, "{\"n\": 50}"));

    [Fact]
    public void CostLimit_WithoutVariables_UsesTheAssumedSize() =>
        Assert.Equal(
            ["Operation \"Q\" costs 110, more than the maximum cost of 100."],
            Validate("query Q($n: Int) { metiers(limit: $n) { code } }", Limits));

    [Fact]
    public void CostLimit_TooManyFields_IsReported() =>
        Assert.Equal(
            ["The anonymous operation selects 6 fields, more than the maximum of 5."],
            Validate("{ a: tags b: tags c: tags d: tags e: tags f: tags }", Limits with { CostModel = CostTestSchema.Model }));

    [Fact]
    public void CostLimit_VariablesThatDoNotCoerce_AreLeftToExecution() =>
        Assert.Empty(Validate("query($n: Int) { metiers(limit: $n) { code } }", Limits, "{\"n\": \"lots\"}"));

    [Fact]
    public void WithLimits_PlacesTheCostRuleAfterTheDepthRule()
    {
        var rules = SpecifiedRules.WithLimits(Limits);

        var cost = Assert.IsType<CostLimitRule>(rules[SpecifiedRules.All.Count + 1]);
        Assert.Equal(100, cost.MaxCost);
        Assert.Equal(5, cost.MaxFieldCount);
        Assert.Same(CostTestSchema.Model, cost.Model);
    }
}
