using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>ExecutableDefinitionsRule: cases ported from graphql-js <c>ExecutableDefinitionsRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Validate_with_only_operation_Passes() => ShouldPass(Rule, """
            query Foo {
              dog {
                name
              }
            }
            """);

    [Fact]
    public void Validate_with_operation_and_fragment_Passes() => ShouldPass(Rule, """
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """);

    [Fact]
    public void Validate_with_type_definition_ReportsErrors() => ShouldFail(Rule, """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
        Error("The \"Cow\" definition is not executable.", (7, 1)),
        Error("The \"Dog\" definition is not executable.", (11, 1)));

    [Fact]
    public void Validate_with_schema_definition_ReportsErrors() => ShouldFail(Rule, """
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """,
        Error("The schema definition is not executable.", (1, 1)),
        Error("The \"Query\" definition is not executable.", (5, 1)),
        Error("The schema definition is not executable.", (9, 1)));
}
