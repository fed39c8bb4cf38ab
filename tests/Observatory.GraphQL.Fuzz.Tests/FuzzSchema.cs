using Observatory.GraphQL.Building;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>
/// The fuzz target schema: the spec's section 5 example types (so mutated conformance documents often validate and
/// run) plus every other type kind — interfaces, unions, enums, input objects, a OneOf input, a custom scalar,
/// nested lists, non-null — with resolvers returning small synthetic objects (lists capped at 5 items).
/// </summary>
public static class FuzzSchema
{
    public static GraphQLSchema Instance { get; } = Create();

    private static Dictionary<string, object?> Obj(string type, params (string Key, object? Value)[] fields)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = type };
        foreach (var (key, value) in fields)
        {
            map[key] = value;
        }

        return map;
    }

    private static object Dog() => Obj("Dog", ("id", "d1"), ("nickname", "Rex"), ("barkVolume", 3), ("barks", true));

    private static object Cat() => Obj("Cat", ("nickname", "Tom"), ("meows", true), ("meowsVolume", 2), ("furColor", "BLACK"));

    private static object Human() => Obj("Human", ("iq", 100));

    private static int Count(ResolveContext context, string argument, int fallback) =>
        Math.Clamp(context.Argument<int?>(argument) ?? fallback, 0, 5);

    private static GraphQLSchema Create() => new SchemaBuilder()
        .Query("Query", q => q
            .Field("dog", "Dog", _ => Dog())
            .Field("cat", "Cat", _ => Cat())
            .Field("pet", "Pet", _ => Cat())
            .Field("node", "Node", _ => Dog()).Argument("id", "ID")
            .Field("catOrDog", "CatOrDog", _ => Dog())
            .Field("human", "Human", _ => Human()).Argument("id", "ID")
            .Field("findDog", "Dog", _ => Dog()).Argument("complex", "ComplexInput")
            .Field("findPet", "Pet", _ => Dog()).Argument("input", "PetInput")
            .Field("search", "[Pet]", ctx => Enumerable.Range(0, Count(ctx, "first", 2)).Select(i => i % 2 == 0 ? Dog() : Cat()).ToList())
                .Argument("term", "String").Argument("first", "Int")
            .Field("metiers", "[Metier!]!", ctx => Enumerable.Range(0, Count(ctx, "limit", 3)).Select(i => Obj("Metier", ("code", $"M{i}"), ("level", i))).ToList())
                .Argument("limit", "Int").Argument("filter", "MetierFilter")
            .Field("echo", "String", ctx => ctx.Argument<object>("value")?.ToString()).Argument("value", "OneOfInput")
            .Field("today", "Date", _ => "2026-11-22")
            .Field("sameDay", "Date", ctx => ctx.Argument<object>("when")).Argument("when", "Date")
            .Field("numbers", "[Int]", ctx => Enumerable.Range(0, Count(ctx, "count", 3)).Cast<object?>().ToList()).Argument("count", "Int", defaultValue: 3)
            .Field("matrix", "[[Float!]]", _ => new List<object?> { new List<object?> { 1.5, 2.0 }, new List<object?> { -0.5 } })
            .Field("booleanList", "Boolean", ctx => ctx.Argument<object>("booleanListArg") is not null).Argument("booleanListArg", "[Boolean!]")
            .Field("oldField", "String", _ => "old").Deprecated("Use newField.")
            .Field("newField", "String", _ => "new"))
        .Mutation("Mutation", m => m
            .Field("addPet", "Pet", _ => Cat()).Argument("input", "PetInput!")
            .Field("renameDog", "Dog", _ => Dog()).Argument("name", "String!"))
        .Subscription("Subscription", s => s.Field("newDog", "Dog", _ => Dog()))
        .Interface("Node", t => t.Field("id", "ID!"))
        .Interface("Pet", t => t.Field("name", "String").Argument("surname", "Boolean"))
        .Enum("DogCommand", e => e.Value("SIT").Value("HEEL").Value("DOWN"))
        .Enum("FurColor", e => e.Value("BROWN").Value("BLACK").Value("UNKNOWN", deprecationReason: "Ask the owner."))
        .Object("Dog", t => t
            .Implements("Pet", "Node")
            .Field("id", "ID!")
            .Field("name", "String", ctx => ctx.Argument<bool?>("surname") == true ? "Rex Dupont" : "Rex").Argument("surname", "Boolean")
            .Field("nickname", "String")
            .Field("barkVolume", "Int")
            .Field("barks", "Boolean")
            .Field("doesKnowCommand", "Boolean", ctx => ctx.Argument<object>("dogCommand") is not null).Argument("dogCommand", "DogCommand")
            .Field("isHouseTrained", "Boolean", ctx => ctx.Argument<bool?>("atOtherHomes")).Argument("atOtherHomes", "Boolean", defaultValue: true)
            .Field("mother", "Dog", _ => Dog())
            .Field("father", "Dog", _ => Dog())
            .Field("owner", "Human", _ => Human()))
        .Object("Cat", t => t
            .Implements("Pet")
            .Field("name", "String", _ => "Tom").Argument("surname", "Boolean")
            .Field("nickname", "String")
            .Field("meows", "Boolean")
            .Field("meowsVolume", "Int")
            .Field("furColor", "FurColor"))
        .Object("Human", t => t
            .Field("name", "String", _ => "Ada").Argument("surname", "Boolean")
            .Field("pets", "[Pet]", _ => new List<object?> { Dog(), Cat(), null })
            .Field("relatives", "[Human]!", _ => new List<object?> { Human() })
            .Field("iq", "Int"))
        .Object("Metier", t => t
            .Field("code", "String!")
            .Field("level", "Int")
            .Field("related", "[Metier]", ctx => Enumerable.Range(0, Count(ctx, "first", 2)).Select(i => Obj("Metier", ("code", $"R{i}"))).ToList())
                .Argument("first", "Int"))
        .Union("CatOrDog", u => u.Types("Cat", "Dog"))
        .InputObject("ComplexInput", i => i
            .Field("requiredField", "Boolean!")
            .Field("intField", "Int")
            .Field("stringField", "String")
            .Field("stringListField", "[String]"))
        .InputObject("PetInput", i => i.OneOf().Field("cat", "CatInput").Field("dog", "DogInput"))
        .InputObject("CatInput", i => i.Field("name", "String!").Field("furColor", "FurColor"))
        .InputObject("DogInput", i => i.Field("name", "String!").Field("command", "DogCommand"))
        .InputObject("OneOfInput", i => i.OneOf().Field("stringField", "String").Field("intField", "Int"))
        .InputObject("MetierFilter", i => i.Field("sector", "String").Field("limit", "Int").Field("levels", "[Int!]"))
        .Scalar(new DateScalar())
        .Build();
}
