using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>ProvidedRequiredArgumentsRule: cases ported from graphql-js <c>ProvidedRequiredArgumentsRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void Validate_arg_on_optional_arg_Passes() => ShouldPass(Rule, """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """);

    [Fact]
    public void Validate_no_arg_on_non_null_field_with_default_Passes() => ShouldPass(Rule, """
            {
              arguments {
                nonNullFieldWithDefault
              }
            }
            """);

    [Fact]
    public void Validate_missing_one_non_nullable_argument_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                multipleReqs(req2: 2)
              }
            }
            """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Validate_missing_multiple_non_nullable_arguments_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                multipleReqs
              }
            }
            """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Validate_with_directive_with_missing_types_ReportsErrors() => ShouldFail(Rule, """
            {
              dog @include {
                name @skip
              }
            }
            """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));
}
