using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;

namespace Observatory.Benchmarks.GraphQL;

/// <summary>The benchmark schema over <see cref="BenchmarkData"/>; node builds the same from its SDL.</summary>
internal static class BenchmarkSchema
{
    public static GraphQLSchema Create(BenchmarkData data)
    {
        var territories = data.Territories.ToDictionary(t => (string)t["code"]!, StringComparer.Ordinal);
        var valuesByMetier = data.Values.GroupBy(v => (string)v["metier"]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return new SchemaBuilder()
            .Query("Query", q => q
                .Field("metiers", "[Metier!]!", ctx =>
                {
                    var sector = ctx.Argument<string>("sector");
                    return sector is null ? data.Metiers : data.Metiers.Where(m => (string)m["sector"]! == sector).ToList();
                })
                    .Argument("sector", "String")
                .Field("metier", "Metier", ctx => data.Metiers.FirstOrDefault(m => (string)m["code"]! == ctx.Argument<string>("code")))
                    .Argument("code", "ID!")
                .Field("territories", "[Territory!]!", _ => data.Territories))
            .Object("Metier", t => t
                .Field("code", "ID!")
                .Field("label", "String!")
                .Field("sector", "String!")
                .Field("values", "[Value!]!", ctx =>
                {
                    var code = (string)((Dictionary<string, object?>)ctx.Source!)["code"]!;
                    var limit = ctx.Argument<int?>("limit") ?? 10;
                    return valuesByMetier[code].Take(limit).ToList();
                })
                    .Argument("limit", "Int", defaultValue: 10))
            .Object("Value", t => t
                .Field("year", "Int!")
                .Field("value", "Float")
                .Field("status", "String!")
                .Field("territory", "Territory!", ctx => territories[(string)((Dictionary<string, object?>)ctx.Source!)["territory"]!]))
            .Object("Territory", t => t
                .Field("code", "ID!")
                .Field("label", "String!")
                .Field("region", "String!"))
            .Build();
    }
}
