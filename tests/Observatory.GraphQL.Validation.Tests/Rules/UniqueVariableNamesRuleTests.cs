using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>UniqueVariableNamesRule: cases ported from graphql-js <c>UniqueVariableNamesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void Validate_unique_variable_names_Passes() => ShouldPass(Rule, """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """);

    [Fact]
    public void Validate_duplicate_variable_names_ReportsErrors() => ShouldFail(Rule, """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
        Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
        Error("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
        Error("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
}
