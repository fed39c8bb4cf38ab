using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>NoFragmentCyclesRule: cases ported from graphql-js <c>NoFragmentCyclesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void Validate_single_reference_is_valid_Passes() => ShouldPass(Rule, """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """);

    [Fact]
    public void Validate_spreading_recursively_within_field_fails_ReportsErrors() => ShouldFail(Rule, """
            fragment fragA on Human { relatives { ...fragA } },
            """,
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 39)));

    [Fact]
    public void Validate_no_spreading_itself_indirectly_ReportsErrors() => ShouldFail(Rule, """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));

    [Fact]
    public void Validate_no_spreading_itself_deeply_ReportsErrors() => ShouldFail(Rule, """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
        Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));

    [Fact]
    public void Validate_no_spreading_itself_deeply_two_paths_ReportsErrors() => ShouldFail(Rule, """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));
}
