using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>FieldsOnCorrectTypeRule: cases ported from graphql-js <c>FieldsOnCorrectTypeRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void Validate_object_field_selection_Passes() => ShouldPass(Rule, """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """);

    [Fact]
    public void Validate_aliased_object_field_selection_Passes() => ShouldPass(Rule, """
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """);

    [Fact]
    public void Validate_interface_field_selection_Passes() => ShouldPass(Rule, """
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """);

    [Fact]
    public void Validate_field_not_defined_on_fragment_ReportsErrors() => ShouldFail(Rule, """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Validate_ignores_deeply_unknown_field_ReportsErrors() => ShouldFail(Rule, """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
        Error("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));

    [Fact]
    public void Validate_field_not_defined_on_inline_fragment_ReportsErrors() => ShouldFail(Rule, """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)));

    [Fact]
    public void Validate_defined_on_implementors_but_not_on_interface_ReportsErrors() => ShouldFail(Rule, """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));

    [Fact]
    public void Validate_direct_field_selection_on_union_ReportsErrors() => ShouldFail(Rule, """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
        Error("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));

    [Fact]
    public void Validate_defined_on_implementors_queried_on_union_ReportsErrors() => ShouldFail(Rule, """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (2, 3)));

    [Fact]
    public void Validate_meta_field_selection_on_union_Passes() => ShouldPass(Rule, """
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """);

    [Fact]
    public void Validate_schema_meta_field_only_on_query_root_ReportsErrors() => ShouldFail(Rule, """
            {
              dog { __schema { queryType { name } } }
            }
            """,
        Error("Cannot query field \"__schema\" on type \"Dog\".", (2, 9)));
}
