using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Tests.Fixtures;

/// <summary>A schema using every type kind, descriptions, defaults, deprecations and a custom directive.</summary>
public static class KitchenSchema
{
    public static GraphQLSchema Create() => new SchemaBuilder()
        .Description("Test schema")
        .Directive("cost", d => d
            .Description("Cost weight.")
            .Locations(DirectiveLocation.FieldDefinition, DirectiveLocation.Object)
            .Argument("weight", "Int!", defaultValue: 1)
            .IsRepeatable())
        .Query("Query", q => q
            .Description("Root query.")
            .Field("pet", "Pet")
                .Argument("id", "ID!")
                .Argument("kind", "Kind", defaultValue: "DOG")
            .Field("search", "[SearchResult!]!", _ => Array.Empty<object>())
                .Argument("filter", "Filter", a => a
                    .Description("What to find.")
                    .DefaultValue(new Dictionary<string, object?> { ["text"] = "x", ["limit"] = 5 }))
                .Argument("old", "String", a => a.Deprecated("Use filter."))
            .Field("legacy", "String")
                .Deprecated()
            .Field("today", "Date", _ => new DateOnly(2026, 1, 31)))
        .Interface("Pet", t => t.Field("name", "String!"))
        .Object("Dog", t => t
            .Description("A dog.\nGood boy.")
            .Implements("Pet")
            .Field("name", "String!")
            .Field("barks", "Boolean")
                .Description("Whether it barks."))
        .Union("SearchResult", u => u.Types("Dog"))
        .Enum("Kind", e => e
            .Value("DOG", description: "Dogs.")
            .Value("CAT")
            .Value("FISH", deprecationReason: "No longer supported"))
        .InputObject("Filter", i => i
            .Field("text", "String")
            .Field("limit", "Int", defaultValue: 10)
            .Field("tags", "[String!]", a => a.DefaultValue(new[] { "a" }))
            .Field("since", "Date", a => a.Deprecated("Ignored.")))
        .InputObject("PetRef", i => i.OneOf().Field("id", "ID").Field("name", "String"))
        .Scalar(new DateScalar())
        .Build();

    public const string ExpectedSdl = """"
        """Test schema"""
        schema {
          query: Query
        }

        """Cost weight."""
        directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT

        """Root query."""
        type Query {
          pet(id: ID!, kind: Kind = DOG): Pet
          search(
            """What to find."""
            filter: Filter = {text: "x", limit: 5}
            old: String @deprecated(reason: "Use filter.")
          ): [SearchResult!]!
          legacy: String @deprecated
          today: Date
        }

        interface Pet {
          name: String!
        }

        """
        A dog.
        Good boy.
        """
        type Dog implements Pet {
          name: String!

          """Whether it barks."""
          barks: Boolean
        }

        union SearchResult = Dog

        enum Kind {
          """Dogs."""
          DOG
          CAT
          FISH @deprecated
        }

        input Filter {
          text: String
          limit: Int = 10
          tags: [String!] = ["a"]
          since: Date @deprecated(reason: "Ignored.")
        }

        input PetRef @oneOf {
          id: ID
          name: String
        }

        """An ISO-8601 calendar date."""
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
        """";
}
