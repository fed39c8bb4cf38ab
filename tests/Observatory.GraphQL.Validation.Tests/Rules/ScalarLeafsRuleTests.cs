using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>ScalarLeafsRule: cases ported from graphql-js <c>ScalarLeafsRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void Validate_valid_scalar_selection_Passes() => ShouldPass(Rule, """
            fragment scalarSelection on Dog {
              barks
            }
            """);

    [Fact]
    public void Validate_object_type_missing_selection_ReportsErrors() => ShouldFail(Rule, """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));

    [Fact]
    public void Validate_interface_type_missing_selection_ReportsErrors() => ShouldFail(Rule, """
            {
              human { pets }
            }
            """,
        Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)));

    [Fact]
    public void Validate_valid_scalar_selection_with_args_Passes() => ShouldPass(Rule, """
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """);

    [Fact]
    public void Validate_scalar_selection_not_allowed_on_Boolean_ReportsErrors() => ShouldFail(Rule, """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));

    [Fact]
    public void Validate_scalar_selection_not_allowed_on_Enum_ReportsErrors() => ShouldFail(Rule, """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)));

    [Fact]
    public void Validate_object_type_with_empty_selection_in_introspection_ReportsErrors() => ShouldFail(Rule, """
            {
              __schema
            }
            """,
        Error("Field \"__schema\" of type \"__Schema!\" must have a selection of subfields. Did you mean \"__schema { ... }\"?", (2, 3)));
}
