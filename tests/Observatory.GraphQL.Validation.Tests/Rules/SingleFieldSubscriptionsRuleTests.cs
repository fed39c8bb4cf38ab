using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>SingleFieldSubscriptionsRule: cases ported from graphql-js <c>SingleFieldSubscriptionsRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
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
    public void Validate_skips_fields_excluded_by_literal_skip_Passes() => ShouldPass(Rule, """
            subscription S {
              newDog { name }
              newCat @skip(if: true) { name }
            }
            """);
}
