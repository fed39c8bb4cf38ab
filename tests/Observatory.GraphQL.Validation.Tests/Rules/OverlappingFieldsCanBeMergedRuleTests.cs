using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>OverlappingFieldsCanBeMergedRule: cases ported from graphql-js <c>OverlappingFieldsCanBeMergedRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    [Fact]
    public void Validate_unique_fields_Passes() => ShouldPass(Rule, """
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """);

    [Fact]
    public void Validate_identical_fields_Passes() => ShouldPass(Rule, """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """);

    [Fact]
    public void Validate_identical_fields_with_identical_args_Passes() => ShouldPass(Rule, """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """);

    [Fact]
    public void Validate_same_aliases_with_different_field_targets_ReportsErrors() => ShouldFail(Rule, """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_same_aliases_allowed_on_non_overlapping_fields_Passes() => ShouldPass(Rule, """
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """);

    [Fact]
    public void Validate_alias_masking_direct_field_access_ReportsErrors() => ShouldFail(Rule, """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_different_args_second_adds_an_argument_ReportsErrors() => ShouldFail(Rule, """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_conflicting_arg_values_ReportsErrors() => ShouldFail(Rule, """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_allows_different_args_where_no_conflict_is_possible_Passes() => ShouldPass(Rule, """
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """);

    [Fact]
    public void Validate_encounters_conflict_in_fragments_ReportsErrors() => ShouldFail(Rule, """
            {
              dog {
                ...A
                ...B
              }
            }

            fragment A on Dog {
              x: name
            }

            fragment B on Dog {
              x: barks
            }
            """,
        Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (9, 3), (13, 3)));

    [Fact]
    public void Validate_deep_conflict_ReportsErrors() => ShouldFail(Rule, """
            {
              dog {
                mother { x: name }
                mother { x: nickname }
              }
            }
            """,
        Error("Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (3, 14), (4, 5), (4, 14)));

    [Fact]
    public void Validate_disallows_differing_return_types_despite_no_overlap_ReportsErrors() => ShouldFail(Rule, """
            {
              catOrDog {
                ... on Cat { scalar: meowsVolume }
                ... on Dog { scalar: barks }
              }
            }
            """,
        Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional.", (3, 18), (4, 18)));

    [Fact]
    public void Validate_disallows_differing_return_type_nullability_despite_no_overlap_ReportsErrors() => ShouldFail(Rule, """
            {
              dogOrHuman {
                ... on Human { relatives { name } }
                ... on Dog { relatives: mother { name } }
              }
            }
            """,
        Error("Fields \"relatives\" conflict because they return conflicting types \"[Human]!\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.", (3, 20), (4, 18)));

    [Fact]
    public void Validate_ignores_unknown_fragments_Passes() => ShouldPass(Rule, """
            {
              dog {
                name
                ...Unknown
                ...Known
              }
            }

            fragment Known on Dog {
              name
              ...OtherUnknown
            }
            """);

    [Fact]
    public void Validate_does_not_infinite_loop_on_recursive_fragments_separated_by_fields_Passes() => ShouldPass(Rule, """
            {
              dog { ...fragA }
            }

            fragment fragA on Dog { x: name mother { ...fragB } }
            fragment fragB on Dog { x: barks father { ...fragA } }
            """);
}
