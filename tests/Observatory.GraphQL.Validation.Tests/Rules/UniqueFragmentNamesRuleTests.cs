using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>UniqueFragmentNamesRule: cases ported from graphql-js <c>UniqueFragmentNamesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void Validate_fragments_named_differently_Passes() => ShouldPass(Rule, """
            {
              dog { ...fragA ...fragB }
            }

            fragment fragA on Dog { name }
            fragment fragB on Dog { name }
            """);

    [Fact]
    public void Validate_fragments_named_the_same_ReportsErrors() => ShouldFail(Rule, """
            {
              dog { ...fragA }
            }

            fragment fragA on Dog { name }
            fragment fragA on Dog { barks }
            """,
        Error("There can be only one fragment named \"fragA\".", (5, 10), (6, 10)));
}
