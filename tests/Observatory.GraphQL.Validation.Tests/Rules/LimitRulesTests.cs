using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Rules;
using static Observatory.GraphQL.Validation.Tests.ValidationHarness;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>The limit rules appended by <see cref="SpecifiedRules.WithLimits"/>.</summary>
public sealed class LimitRulesTests
{
    [Fact]
    public void MaxDepth_NestingAtTheLimit_Passes() =>
        ShouldPass(new MaxDepthRule(2), "{ dog { mother { name } } }");

    [Fact]
    public void MaxDepth_NestingBeyondTheLimit_ReportsTheOperation() =>
        ShouldFail(new MaxDepthRule(1), "query Deep {\n  dog { mother { name } }\n}", Error("'Deep' exceeds maximum operation depth of 1", (1, 1)));

    [Fact]
    public void MaxDepth_DepthThroughFragments_IsCountedAfterExpansion() =>
        ShouldFail(
            new MaxDepthRule(2),
            "{ dog { ...a } }\nfragment a on Dog { mother { ...b } }\nfragment b on Dog { father { name } }",
            Error("'' exceeds maximum operation depth of 2", (1, 1)));

    [Fact]
    public void MaxDepth_IntrospectionFields_AreIgnored() =>
        ShouldPass(new MaxDepthRule(0), "{ __schema { types { fields { name } } } }");

    [Fact]
    public void MaxDepth_CyclicFragments_Terminate() =>
        ShouldPass(new MaxDepthRule(5), "{ dog { ...a } }\nfragment a on Dog { mother { ...a } }");

    [Fact]
    public void MaxAliases_AliasesInRepeatedFragments_AreCountedPerSpread() =>
        ShouldFail(
            new MaxAliasesRule(3),
            "query Q { dog { ...a ...a mother { ...a } } }\nfragment a on Dog { x: name y: barks }",
            Error("Operation \"Q\" uses 6 aliases, more than the maximum of 3.", (1, 1)));

    [Fact]
    public void MaxAliases_AtTheLimit_Passes() =>
        ShouldPass(new MaxAliasesRule(2), "{ a: dog { name } b: cat { name } }");

    [Fact]
    public void MaxAliases_FragmentBillionLaughs_IsCountedWithoutExpansion()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"fragment f{i} on Dog {{ a: name ...f{i + 1} ...f{i + 1} }}"));
        var errors = Validate(new MaxAliasesRule(1000), "{ dog { ...f0 } }\n" + fragments + "\nfragment f40 on Dog { name }");

        var error = Assert.Single(errors);
        Assert.Equal("The anonymous operation uses 1099511627775 aliases, more than the maximum of 1000.", error.Message);
    }

    [Fact]
    public void MaxDirectivesPerLocation_TooManyDirectives_ReportsTheFirstExcessDirective() =>
        ShouldFail(
            new MaxDirectivesPerLocationRule(2),
            "{ dog @skip(if: false) @include(if: true) @repeatable { name } }",
            Error("3 directives at one location exceed the maximum of 2.", (1, 43)));

    [Fact]
    public void MaxDirectivesPerLocation_AtTheLimit_Passes() =>
        ShouldPass(new MaxDirectivesPerLocationRule(2), "{ dog @skip(if: false) @include(if: true) { name } }");

    [Fact]
    public void WithLimits_AppendsTheLimitRulesAfterTheSpecifiedRules()
    {
        var rules = SpecifiedRules.WithLimits(new ValidationLimits { MaxDepth = 1 });

        Assert.Equal(SpecifiedRules.All, rules.Take(SpecifiedRules.All.Count));
        Assert.Equal(1, Assert.IsType<MaxDepthRule>(rules[SpecifiedRules.All.Count]).MaxDepth);
        Assert.IsType<MaxAliasesRule>(rules[^2]);
        Assert.IsType<MaxDirectivesPerLocationRule>(rules[^1]);
    }

    [Fact]
    public void Validate_MethodGroup_FitsTheHttpHandlerDelegate()
    {
        Func<GraphQLSchema, DocumentNode, IReadOnlyList<GraphQLError>> validate = DocumentValidator.Validate;

        Assert.Single(validate(ValidationSchema.Instance, Language.Parser.Parse("{ nope }")));
    }
}
