using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>NoUnusedVariablesRule: cases ported from graphql-js <c>NoUnusedVariablesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void Validate_uses_all_variables_Passes() => ShouldPass(Rule, """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """);

    [Fact]
    public void Validate_variable_not_used_ReportsErrors() => ShouldFail(Rule, """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
        Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Validate_multiple_variables_not_used_in_fragments_ReportsErrors() => ShouldFail(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }

            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }

            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }

            fragment FragC on Type {
              field
            }
            """,
        Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));
}
