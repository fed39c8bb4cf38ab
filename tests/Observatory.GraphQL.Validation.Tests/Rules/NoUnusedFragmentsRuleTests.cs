using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>NoUnusedFragmentsRule: cases ported from graphql-js <c>NoUnusedFragmentsRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void Validate_all_fragment_names_are_used_Passes() => ShouldPass(Rule, """
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
              ...HumanFields3
            }

            fragment HumanFields2 on Human {
              name
            }

            fragment HumanFields3 on Human {
              name
            }
            """);

    [Fact]
    public void Validate_contains_unknown_fragments_ReportsErrors() => ShouldFail(Rule, """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }

            fragment HumanFields1 on Human {
              name
            }

            fragment Unused1 on Human {
              name
              ...Unused2
            }

            fragment Unused2 on Human {
              name
            }
            """,
        Error("Fragment \"Unused1\" is never used.", (11, 1)),
        Error("Fragment \"Unused2\" is never used.", (16, 1)));
}
