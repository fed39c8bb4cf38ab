using System.Globalization;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>
/// A schema exercising every type kind and every introspection feature that buildClientSchema
/// reads: descriptions, interfaces implementing interfaces, unions, enums with deprecated
/// values, input objects with defaults and <c>@oneOf</c>, deprecated arguments and input
/// fields, a custom scalar with <c>@specifiedBy</c> and a repeatable custom directive.
/// </summary>
public static class AllKindsSchema
{
    public static GraphQLSchema Create() => new SchemaBuilder()
        .Description("Observatoire des tensions RH")
        .Directive("source", d => d
            .Description("Publisher of the values.")
            .Locations(DirectiveLocation.FieldDefinition, DirectiveLocation.Object)
            .Argument("name", "String!")
            .IsRepeatable())
        .Query("Query", q => q
            .Description("Entry points.")
            .Field("metier", "Metier", _ => null)
                .Argument("code", "ID!")
            .Field("search", "[SearchHit!]!", _ => Array.Empty<object>())
                // graphql-js 16 fills omitted input-field defaults into a client schema's default
                // values (valueFromAST), so this default names every field that has a default.
                .Argument("filter", "IndicatorFilter", a => a
                    .Description("Restricts the values.")
                    .DefaultValue(new Dictionary<string, object?> { ["territory"] = "01", ["limit"] = 20, ["sectors"] = new[] { "SANTE", "HANDICAP" } }))
                .Argument("year", "Int", a => a.Deprecated("Use filter."))
            .Field("territory", "TerritoryRef", _ => null)
                .Argument("ref", "TerritoryInput!")
            .Field("published", "Day", _ => new DateOnly(2026, 4, 2))
            .Field("oldIndex", "Float")
                .Deprecated("Use tension."))
        .Mutation("Mutation", m => m.Field("refresh", "Boolean!", _ => true))
        .Interface("Node", t => t.Field("id", "ID!"))
        .Interface("Labelled", t => t
            .Implements("Node")
            .Field("id", "ID!")
            .Field("label", "String!"))
        .Object("Metier", t => t
            .Description("Un métier de l'observatoire.\nCode interne stable.")
            .Implements("Node", "Labelled")
            .Field("id", "ID!")
            .Field("label", "String!")
            .Field("sector", "Sector!")
            .Field("romeCodes", "[String!]!"))
        .Object("TerritoryRef", t => t
            .Implements("Node", "Labelled")
            .Field("id", "ID!")
            .Field("label", "String!")
            .Field("level", "Int"))
        .Union("SearchHit", u => u.Description("A métier or a territory.").Types("Metier", "TerritoryRef"))
        .Enum("Sector", e => e
            .Value("AUTONOMIE", description: "Personnes âgées.")
            .Value("HANDICAP")
            .Value("ENFANCE_FAMILLE")
            .Value("SANTE", deprecationReason: "Merged into AUTONOMIE."))
        .InputObject("IndicatorFilter", i => i
            .Description("Filter of indicator values.")
            .Field("territory", "String")
            .Field("limit", "Int", defaultValue: 10)
            .Field("sectors", "[Sector!]", a => a.DefaultValue(new[] { "AUTONOMIE" }))
            .Field("since", "Day", a => a.Deprecated("Ignored.")))
        .InputObject("TerritoryInput", i => i.OneOf().Field("department", "String").Field("region", "String"))
        .Scalar(new DayScalar())
        .Build();

    /// <summary>A calendar day as an ISO 8601 string.</summary>
    private sealed class DayScalar() : ScalarType("Day", "A calendar day, ISO 8601 (YYYY-MM-DD).", "https://www.iso.org/iso-8601-date-and-time-format.html")
    {
        public override object Serialize(object value) => value is DateOnly day
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new GraphQLException("Day cannot represent a non-date value.");

        public override object ParseValue(object value) => Parse(value as string ?? value.ToString());

        public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
            valueNode is StringValueNode s ? Parse(s.Value) : throw new GraphQLException("Day must be a string.");

        private static DateOnly Parse(string? text) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new GraphQLException($"Day cannot represent \"{text}\".");
    }
}
