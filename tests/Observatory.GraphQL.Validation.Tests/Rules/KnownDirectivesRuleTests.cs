using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>KnownDirectivesRule: cases ported from graphql-js <c>KnownDirectivesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void Validate_with_known_directives_Passes() => ShouldPass(Rule, """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """);

    [Fact]
    public void Validate_with_unknown_directive_ReportsErrors() => ShouldFail(Rule, """
            {
              dog @unknown(directive: "value") {
                name
              }
            }
            """,
        Error("Unknown directive \"@unknown\".", (2, 7)));

    [Fact]
    public void Validate_with_well_placed_directives_Passes() => ShouldPass(Rule, """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              name @include(if: $var)
              ...Frag @include(if: true)
              skippedField @skip(if: true)
              ...SkippedFrag @skip(if: true)
              ... @skip(if: true) {
                skippedField
              }
            }

            mutation @onMutation {
              someField
            }

            subscription @onSubscription {
              someField
            }

            fragment Frag on SomeType @onFragmentDefinition {
              someField
            }
            """);

    [Fact]
    public void Validate_with_misplaced_directives_ReportsErrors() => ShouldFail(Rule, """
            query ($var: Boolean @onQuery) @onMutation {
              name @onQuery @include(if: $var)
              ...Frag @onQuery
            }

            mutation @onQuery {
              someField
            }
            """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
        Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (6, 10)));
}
