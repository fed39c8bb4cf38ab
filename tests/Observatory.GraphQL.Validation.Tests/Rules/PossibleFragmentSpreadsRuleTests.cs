using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>PossibleFragmentSpreadsRule: cases ported from graphql-js <c>PossibleFragmentSpreadsRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void Validate_of_the_same_object_Passes() => ShouldPass(Rule, """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);

    [Fact]
    public void Validate_object_into_containing_union_Passes() => ShouldPass(Rule, """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);

    [Fact]
    public void Validate_interface_into_overlapping_union_Passes() => ShouldPass(Rule, """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """);

    [Fact]
    public void Validate_different_object_into_object_ReportsErrors() => ShouldFail(Rule, """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
        Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));

    [Fact]
    public void Validate_different_object_into_object_in_inline_fragment_ReportsErrors() => ShouldFail(Rule, """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
        Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));

    [Fact]
    public void Validate_object_into_not_containing_union_ReportsErrors() => ShouldFail(Rule, """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)));

    [Fact]
    public void Validate_union_into_non_overlapping_union_ReportsErrors() => ShouldFail(Rule, """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));
}
