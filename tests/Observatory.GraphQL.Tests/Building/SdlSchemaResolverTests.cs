using Observatory.GraphQL.Building;
using Observatory.GraphQL.Tests.Fixtures;

namespace Observatory.GraphQL.Tests.Building;

/// <summary>Issue 20 item 2: resolvers, type resolution and scalar implementations attach to an SDL-built schema.</summary>
public class SdlSchemaResolverTests
{
    private const string Sdl = """
        type Query {
          dog(name: String!): Dog
          pets: [Pet!]!
          today: Date
        }
        interface Pet { name: String! }
        type Dog implements Pet { name: String!, barks: Boolean }
        type Cat implements Pet { name: String! }
        scalar Date
        """;

    [Fact]
    public async Task FromSdl_ResolversAttachedAfterwards_AreExecuted()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Query(q => q
                .Field("dog").Resolve(ctx => new Dictionary<string, object?> { ["name"] = ctx.Argument<string>("name"), ["barks"] = true })
                .Field("pets").Resolve(_ => new object[]
                {
                    new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex" },
                    new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom" },
                })
                .Field("today").Resolve(_ => new DateOnly(2026, 1, 31)))
            .Scalar(new DateScalar())
            .Build();

        var json = await TestRunner.ExecuteJsonAsync(schema, """{ dog(name: "Rex") { name barks } pets { __typename name } today }""");

        Assert.Equal(
            TestRunner.Json("{'data':{'dog':{'name':'Rex','barks':true},'pets':[{'__typename':'Dog','name':'Rex'},{'__typename':'Cat','name':'Tom'}],'today':'2026-01-31'}}"),
            json);
    }

    [Fact]
    public async Task FromSdl_ScalarWithoutImplementation_PassesValuesThrough()
    {
        var schema = SchemaBuilder.FromSdl("type Query { echo(value: Json): Json }\nscalar Json")
            .Query(q => q.Field("echo").Resolve(ctx => ctx.Argument<object>("value")))
            .Build();

        var json = await TestRunner.ExecuteJsonAsync(schema, """{ echo(value: {a: [1, "x", true]}) }""");

        Assert.Equal(TestRunner.Json("{'data':{'echo':{'a':[1,'x',true]}}}"), json);
    }

    [Fact]
    public async Task FromSdl_EnumInternalValuesSetAfterwards_ReachResolvers()
    {
        var schema = SchemaBuilder.FromSdl("type Query { next(day: Day!): Day! }\nenum Day { MONDAY TUESDAY }")
            .Enum("Day", e => e.InternalValue("MONDAY", DayOfWeek.Monday).InternalValue("TUESDAY", DayOfWeek.Tuesday))
            .Query(q => q.Field("next").Resolve(ctx => ctx.Argument<DayOfWeek>("day") + 1))
            .Build();

        Assert.Equal(TestRunner.Json("{'data':{'next':'TUESDAY'}}"), await TestRunner.ExecuteJsonAsync(schema, "{ next(day: MONDAY) }"));
    }

    [Fact]
    public void Field_NotDefined_ThrowsForTheProgrammer() =>
        Assert.Throws<InvalidOperationException>(() => SchemaBuilder.FromSdl(Sdl).Query(q => q.Field("cat")));
}
