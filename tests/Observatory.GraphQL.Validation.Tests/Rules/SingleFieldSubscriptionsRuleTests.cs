using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>
/// SingleFieldSubscriptionsRule: cases adapted from graphql-js <c>SingleFieldSubscriptionsRule-test.ts</c> to the
/// validation schema; expectations are graphql-js 16.15.0 output, except for <c>@skip</c>/<c>@include</c> at the root,
/// which the September 2025 spec forbids (graphql-js 17 wording). The graphql-js 17 cases themselves run as data in
/// <see cref="Ported.PortedExecutableRuleTests"/>.
/// </summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void Validate_valid_subscription_Passes() => ShouldPass(Rule, """
            subscription ImportantEmails {
              newDog { name }
            }
            """);

    [Fact]
    public void Validate_fails_with_more_than_one_root_field_ReportsErrors() => ShouldFail(Rule, """
            subscription ImportantEmails {
              newDog { name }
              newCat { name }
            }
            """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Validate_fails_with_many_more_than_one_root_field_via_fragments_anonymous_ReportsErrors() => ShouldFail(Rule, """
            subscription {
              newDog { name }
              ...frag
            }

            fragment frag on Subscription {
              newCat { name }
              disallowedSecondRootField
            }
            """,
        Error("Anonymous Subscription must select only one top level field.", (7, 3), (8, 3)));

    [Fact]
    public void Validate_fails_with_introspection_field_ReportsErrors() => ShouldFail(Rule, """
            subscription ImportantEmails {
              __typename
            }
            """,
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3)));

    [Fact]
    [Trait("Issue", "20")]
    public void Validate_literal_skip_at_the_root_ReportsErrors() => ShouldFail(Rule, """
            subscription S {
              newDog { name }
              newCat @skip(if: true) { name }
            }
            """,
        Error("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", (3, 10)));

    [Fact]
    [Trait("Issue", "20")]
    public void Validate_include_on_a_root_fragment_spread_and_inline_fragment_ReportsErrors() => ShouldFail(Rule, """
            subscription ($on: Boolean!) {
              ...frag @include(if: $on)
              ... on Subscription @skip(if: $on) { newCat { name } }
            }

            fragment frag on Subscription {
              newDog { name }
            }
            """,
        Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (2, 11), (3, 23)));

    [Fact]
    [Trait("Issue", "20")]
    public void Validate_skip_inside_a_fragment_spread_at_the_root_ReportsErrors() => ShouldFail(Rule, """
            subscription S {
              ...frag
            }

            fragment frag on Subscription {
              newDog @skip(if: false) { name }
            }
            """,
        Error("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", (6, 10)));

    [Fact]
    [Trait("Issue", "20")]
    public void Validate_skip_and_include_on_one_field_ReportsTheSkipOnly() => ShouldFail(Rule, """
            subscription S {
              newDog @include(if: true) @skip(if: false) { name }
            }
            """,
        Error("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", (2, 29)));

    [Fact]
    [Trait("Issue", "20")]
    public void Validate_skip_below_the_root_field_Passes() => ShouldPass(Rule, """
            subscription S($withName: Boolean!) {
              newDog { name @include(if: $withName) }
            }
            """);
}
