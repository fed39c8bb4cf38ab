using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>UniqueInputFieldNamesRule: cases ported from graphql-js <c>UniqueInputFieldNamesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void Validate_input_object_with_fields_Passes() => ShouldPass(Rule, """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """);

    [Fact]
    public void Validate_duplicate_input_object_fields_ReportsErrors() => ShouldFail(Rule, """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)));

    [Fact]
    public void Validate_nested_duplicate_input_object_fields_ReportsErrors() => ShouldFail(Rule, """
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """,
        Error("There can be only one input field named \"f2\".", (2, 21), (2, 34)));
}
