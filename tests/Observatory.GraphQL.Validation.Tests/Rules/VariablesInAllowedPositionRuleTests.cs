using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>VariablesInAllowedPositionRule: cases ported from graphql-js <c>VariablesInAllowedPositionRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void Validate_boolean_into_boolean_Passes() => ShouldPass(Rule, """
            query Query($booleanArg: Boolean) {
              arguments {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """);

    [Fact]
    public void Validate_int_into_non_null_int_ReportsErrors() => ShouldFail(Rule, """
            query Query($intArg: Int) {
              arguments {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Validate_int_into_non_null_int_within_fragment_ReportsErrors() => ShouldFail(Rule, """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              arguments {
                ...nonNullIntArgFieldFrag
              }
            }
            """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (5, 13), (2, 37)));

    [Fact]
    public void Validate_string_list_into_string_ReportsErrors() => ShouldFail(Rule, """
            query Query($stringListVar: [String]) {
              arguments {
                stringArgField(stringArg: $stringListVar)
              }
            }
            """,
        Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"String\".", (1, 13), (3, 31)));

    [Fact]
    public void Validate_boolean_into_non_null_boolean_in_directive_ReportsErrors() => ShouldFail(Rule, """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """,
        Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void Validate_int_into_non_null_int_with_default_Passes() => ShouldPass(Rule, """
            query Query($intVar: Int = 1) {
              arguments {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """);

    [Fact]
    public void Validate_int_into_non_null_int_with_null_default_ReportsErrors() => ShouldFail(Rule, """
            query Query($intVar: Int = null) {
              arguments {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
        Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Validate_int_into_non_null_argument_with_default_Passes() => ShouldPass(Rule, """
            query Query($intVar: Int) {
              arguments {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """);

    [Fact]
    public void Validate_nullable_variable_in_oneof_field_ReportsErrors() => ShouldFail(Rule, """
            query Query($cat: CatInput) {
              findPet(input: { cat: $cat }) { name }
            }
            """,
        Error("Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 13), (2, 25)));

    [Fact]
    public void Validate_non_null_variable_in_oneof_field_Passes() => ShouldPass(Rule, """
            query Query($cat: CatInput!) {
              findPet(input: { cat: $cat }) { name }
            }
            """);
}
