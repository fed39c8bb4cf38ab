using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Tests.Fixtures;

/// <summary>The example schema of spec Section 5 (Dog, Cat, Pet, Human, Alien…), with in-memory data.</summary>
public static class PetSchema
{
    public static readonly Human Alice = new("Alice");

    public static readonly Dog Rex = new("Rex", "Rexy", 3, Alice);

    public static readonly Cat Tom = new("Tom", null, 7);

    public static readonly Alien Zork = new("Zork", "Mars");

    public static SchemaBuilder CreateBuilder() => new SchemaBuilder()
        .Query("Query", q => q
            .Field("dog", "Dog", _ => Rex)
            .Field("findDog", "Dog", c => c.Argument<IReadOnlyDictionary<string, object?>>("searchBy") is { } search
                    && search.GetValueOrDefault("name") as string == Rex.Name ? Rex : null)
                .Argument("searchBy", "FindDogInput")
            .Field("pets", "[Pet]", _ => new object[] { Rex, Tom })
            .Field("catOrDog", "CatOrDog", _ => Tom)
            .Field("humanOrAlien", "[HumanOrAlien!]!", _ => new object[] { Alice, Zork })
            .Field("pet", "String", c => Describe(c.Argument<IReadOnlyDictionary<string, object?>>("p")))
                .Argument("p", "PetInput!"))
        .Enum("DogCommand", e => e.Value("SIT").Value("DOWN").Value("HEEL"))
        .Object("Dog", t => t
            .Implements("Pet")
            .IsTypeOf<Dog>()
            .Field("name", "String!")
            .Field("nickname", "String")
            .Field("barkVolume", "Int")
            .Field("doesKnowCommand", "Boolean!", c => c.Argument<string>("dogCommand") != "HEEL")
                .Argument("dogCommand", "DogCommand!")
            .Field("isHouseTrained", "Boolean!", c => c.Argument<bool?>("atOtherHomes") != true)
                .Argument("atOtherHomes", "Boolean")
            .Field("owner", "Human"))
        .Interface("Sentient", t => t.Field("name", "String!"))
        .Interface("Pet", t => t.Field("name", "String!"))
        .Object("Alien", t => t.Implements("Sentient").Field("name", "String!").Field("homePlanet", "String"))
        .Object("Human", t => t.Implements("Sentient").Field("name", "String!").Field("pets", "[Pet!]"))
        .Enum("CatCommand", e => e.Value("JUMP"))
        .Object("Cat", t => t
            .Implements("Pet")
            .IsTypeOf<Cat>()
            .Field("name", "String!")
            .Field("nickname", "String")
            .Field("doesKnowCommand", "Boolean!", _ => true)
                .Argument("catCommand", "CatCommand!")
            .Field("meowVolume", "Int"))
        .Union("CatOrDog", u => u.Types("Cat", "Dog"))
        .Union("DogOrHuman", u => u.Types("Dog", "Human"))
        .Union("HumanOrAlien", u => u.Types("Human", "Alien"))
        .InputObject("FindDogInput", i => i.Field("name", "String").Field("owner", "String"))
        .InputObject("PetInput", i => i.OneOf().Field("cat", "String").Field("dog", "String"));

    public static GraphQLSchema Create() => CreateBuilder().Build();

    private static string? Describe(IReadOnlyDictionary<string, object?>? input) =>
        input is null ? null : string.Join(",", input.Select(pair => $"{pair.Key}={pair.Value}"));
}
