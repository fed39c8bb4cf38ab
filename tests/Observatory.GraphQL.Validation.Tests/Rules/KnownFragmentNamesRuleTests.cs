using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>KnownFragmentNamesRule: cases ported from graphql-js <c>KnownFragmentNamesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void Validate_known_fragment_names_are_valid_Passes() => ShouldPass(Rule, """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }

            fragment HumanFields1 on Human {
              name
            }

            fragment HumanFields2 on Human {
              name
            }
            """);

    [Fact]
    public void Validate_unknown_fragment_names_are_invalid_ReportsErrors() => ShouldFail(Rule, """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }

            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
        Error("Unknown fragment \"UnknownFragment1\".", (3, 8)),
        Error("Unknown fragment \"UnknownFragment2\".", (5, 10)),
        Error("Unknown fragment \"UnknownFragment3\".", (12, 6)));
}
