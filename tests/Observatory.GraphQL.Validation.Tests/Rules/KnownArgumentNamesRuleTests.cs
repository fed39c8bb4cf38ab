using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>KnownArgumentNamesRule: cases ported from graphql-js <c>KnownArgumentNamesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void Validate_single_arg_is_known_Passes() => ShouldPass(Rule, """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """);

    [Fact]
    public void Validate_directive_args_are_known_Passes() => ShouldPass(Rule, """
            {
              dog @skip(if: true)
            }
            """);

    [Fact]
    public void Validate_misspelled_directive_args_are_reported_ReportsErrors() => ShouldFail(Rule, """
            {
              dog @skip(iff: true)
            }
            """,
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)));

    [Fact]
    public void Validate_invalid_arg_name_ReportsErrors() => ShouldFail(Rule, """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19)));

    [Fact]
    public void Validate_misspelled_arg_name_is_reported_ReportsErrors() => ShouldFail(Rule, """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """,
        Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void Validate_unknown_args_deeply_ReportsErrors() => ShouldFail(Rule, """
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25)));
}
