using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>FragmentsOnCompositeTypesRule: cases ported from graphql-js <c>FragmentsOnCompositeTypesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Validate_object_is_valid_fragment_type_Passes() => ShouldPass(Rule, """
            fragment validFragment on Dog {
              barks
            }
            """);

    [Fact]
    public void Validate_union_is_valid_fragment_type_Passes() => ShouldPass(Rule, """
            fragment validFragment on CatOrDog {
              __typename
            }
            """);

    [Fact]
    public void Validate_scalar_is_invalid_fragment_type_ReportsErrors() => ShouldFail(Rule, """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));

    [Fact]
    public void Validate_enum_is_invalid_fragment_type_ReportsErrors() => ShouldFail(Rule, """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));

    [Fact]
    public void Validate_input_object_is_invalid_fragment_type_ReportsErrors() => ShouldFail(Rule, """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
        Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));

    [Fact]
    public void Validate_scalar_is_invalid_inline_fragment_type_ReportsErrors() => ShouldFail(Rule, """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
        Error("Fragment cannot condition on non composite type \"String\".", (2, 10)));
}
