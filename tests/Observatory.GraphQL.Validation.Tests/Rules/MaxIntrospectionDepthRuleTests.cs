using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>MaxIntrospectionDepthRule: cases ported from graphql-js <c>MaxIntrospectionDepthRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void Validate_default_introspection_query_Passes() => ShouldPass(Rule, """
            {
              __schema {
                types {
                  fields {
                    type { name ofType { name } }
                  }
                }
              }
            }
            """);

    [Fact]
    public void Validate_3_fields_deep_ReportsErrors() => ShouldFail(Rule, """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Validate_3_interfaces_deep_via_fragments_ReportsErrors() => ShouldFail(Rule, """
            {
              __type(name: "Dog") {
                ...A
              }
            }

            fragment A on __Type {
              interfaces { ...B }
            }

            fragment B on __Type {
              interfaces { interfaces { name } }
            }
            """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Validate_does_not_infinite_loop_on_recursive_fragments_Passes() => ShouldPass(Rule, """
            {
              __schema { types { ...T } }
            }

            fragment T on __Type {
              ofType { ...T }
            }
            """);
}
