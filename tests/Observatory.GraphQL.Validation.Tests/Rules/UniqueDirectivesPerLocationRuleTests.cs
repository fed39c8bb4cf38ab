using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>UniqueDirectivesPerLocationRule: cases ported from graphql-js <c>UniqueDirectivesPerLocationRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void Validate_unique_directives_in_different_locations_Passes() => ShouldPass(Rule, """
            fragment Test on Type @onFragmentDefinition {
              field @onField
            }
            """);

    [Fact]
    public void Validate_repeatable_directives_in_same_location_Passes() => ShouldPass(Rule, """
            fragment Test on Type {
              field @repeatable @repeatable
            }
            """);

    [Fact]
    public void Validate_duplicate_directives_in_one_location_ReportsErrors() => ShouldFail(Rule, """
            fragment Test on Type {
              field @onField @onField
            }
            """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)));

    [Fact]
    public void Validate_many_duplicate_directives_in_one_location_ReportsErrors() => ShouldFail(Rule, """
            fragment Test on Type {
              field @onField @onField @onField
            }
            """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)),
        Error("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 27)));
}
