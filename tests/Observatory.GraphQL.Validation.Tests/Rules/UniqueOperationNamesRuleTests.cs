using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>UniqueOperationNamesRule: cases ported from graphql-js <c>UniqueOperationNamesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void Validate_no_operations_Passes() => ShouldPass(Rule, """
            fragment fragA on Dog {
              name
            }
            """);

    [Fact]
    public void Validate_multiple_operations_of_same_name_ReportsErrors() => ShouldFail(Rule, """
            query Foo {
              fieldA
            }

            query Foo {
              fieldB
            }
            """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (5, 7)));

    [Fact]
    public void Validate_multiple_ops_of_same_name_of_different_types_ReportsErrors() => ShouldFail(Rule, """
            query Foo {
              fieldA
            }

            mutation Foo {
              fieldB
            }

            subscription Foo {
              fieldC
            }
            """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (5, 10)),
        Error("There can be only one operation named \"Foo\".", (1, 7), (9, 14)));

    [Fact]
    public void Validate_fragment_and_operation_named_the_same_Passes() => ShouldPass(Rule, """
            query Foo {
              ...Foo
            }

            fragment Foo on Query {
              field
            }
            """);
}
