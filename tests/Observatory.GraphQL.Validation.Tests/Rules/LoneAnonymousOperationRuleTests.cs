using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>LoneAnonymousOperationRule: cases ported from graphql-js <c>LoneAnonymousOperationRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void Validate_one_anon_operation_Passes() => ShouldPass(Rule, """
            {
              dog { name }
            }
            """);

    [Fact]
    public void Validate_multiple_anon_operations_ReportsErrors() => ShouldFail(Rule, """
            {
              fieldA
            }

            {
              fieldB
            }
            """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (5, 1)));

    [Fact]
    public void Validate_anon_operation_with_another_operation_ReportsErrors() => ShouldFail(Rule, """
            {
              fieldA
            }

            mutation Foo {
              fieldB
            }
            """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
