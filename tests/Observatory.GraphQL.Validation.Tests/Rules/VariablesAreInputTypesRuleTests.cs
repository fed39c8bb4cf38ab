using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>VariablesAreInputTypesRule: cases ported from graphql-js <c>VariablesAreInputTypesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Validate_input_types_are_valid_Passes() => ShouldPass(Rule, """
            query Foo($a: Unknown, $b: [Boolean!]!, $c: ComplexInput) {
              field(a: $a, b: $b, c: $c)
            }
            """);

    [Fact]
    public void Validate_output_types_are_invalid_ReportsErrors() => ShouldFail(Rule, """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
