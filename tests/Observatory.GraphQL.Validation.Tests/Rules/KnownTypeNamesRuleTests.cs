using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>KnownTypeNamesRule: cases ported from graphql-js <c>KnownTypeNamesRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void Validate_known_type_names_are_valid_Passes() => ShouldPass(Rule, """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              human(id: $var) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
            }

            fragment PetFields on Pet {
              name
            }
            """);

    [Fact]
    public void Validate_unknown_type_names_are_invalid_ReportsErrors() => ShouldFail(Rule, """
            query Foo($var: [JumbledUpLetters!]!) {
              human(id: $var) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }

            fragment PetFields on Peat {
              name
            }
            """,
        Error("Unknown type \"JumbledUpLetters\".", (1, 18)),
        Error("Unknown type \"Badger\".", (4, 19)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (8, 23)));

    [Fact]
    public void Validate_references_to_standard_scalars_that_are_missing_in_schema_Passes() => ShouldPass(Rule, """
            query ($id: ID, $float: Float, $int: Int) {
              __typename
            }
            """);
}
