using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>NoUndefinedVariablesRule: cases ported from graphql-js <c>NoUndefinedVariablesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void Validate_all_variables_defined_Passes() => ShouldPass(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """);

    [Fact]
    public void Validate_variable_not_defined_ReportsErrors() => ShouldFail(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));

    [Fact]
    public void Validate_variable_not_defined_by_un_named_query_ReportsErrors() => ShouldFail(Rule, """
            {
              field(a: $a)
            }
            """,
        Error("Variable \"$a\" is not defined.", (2, 12), (1, 1)));

    [Fact]
    public void Validate_variable_in_fragment_not_defined_by_operation_ReportsErrors() => ShouldFail(Rule, """
            query Foo($a: String) {
              ...FragA
            }

            fragment FragA on Type {
              field(a: $a, b: $b)
            }
            """,
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (6, 19), (1, 1)));

    [Fact]
    public void Validate_variable_within_recursive_fragment_defined_Passes() => ShouldPass(Rule, """
            query Foo($a: String) {
              ...FragA
            }

            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """);
}
