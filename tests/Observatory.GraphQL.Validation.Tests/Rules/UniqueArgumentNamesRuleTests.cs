using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>UniqueArgumentNamesRule: cases ported from graphql-js <c>UniqueArgumentNamesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void Validate_multiple_field_arguments_Passes() => ShouldPass(Rule, """
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """);

    [Fact]
    public void Validate_duplicate_field_arguments_ReportsErrors() => ShouldFail(Rule, """
            {
              field(arg1: "value", arg1: "value")
            }
            """,
        Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24)));

    [Fact]
    public void Validate_many_duplicate_directive_arguments_ReportsErrors() => ShouldFail(Rule, """
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
        Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35), (2, 50)));
}
