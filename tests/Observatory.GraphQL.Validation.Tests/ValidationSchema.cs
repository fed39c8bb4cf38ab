using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Tests;

/// <summary>
/// The spec's section 5 example schema (Dog, Cat, Pet, Human, Alien, commands, unions) extended with every type
/// kind the rules look at: input objects with defaults and deprecations, OneOf inputs, a custom scalar, custom
/// directives, and mutation and subscription roots. Shared by the rule tests and the graphql-js conformance test.
/// </summary>
public static class ValidationSchema
{
    public static GraphQLSchema Instance { get; } = Create();

    private static GraphQLSchema Create() => new SchemaBuilder()
        .Query("Query", q => q
            .Field("dog", "Dog")
            .Field("cat", "Cat")
            .Field("pet", "Pet")
            .Field("catOrDog", "CatOrDog")
            .Field("dogOrHuman", "DogOrHuman")
            .Field("humanOrAlien", "HumanOrAlien")
            .Field("human", "Human").Argument("id", "ID")
            .Field("alien", "Alien")
            .Field("sentient", "Sentient")
            .Field("canine", "Canine")
            .Field("findDog", "Dog").Argument("complex", "ComplexInput")
            .Field("findPet", "Pet").Argument("input", "PetInput")
            .Field("arguments", "ComplicatedArgs")
            .Field("booleanList", "Boolean").Argument("booleanListArg", "[Boolean!]")
            .Field("oldField", "String").Deprecated("Use newField.")
            .Field("newField", "String")
            .Field("search", "[Pet]")
                .Argument("term", "String")
                .Argument("legacy", "String", a => a.Deprecated("Use term."))
            .Field("today", "Date")
            .Field("sameDay", "Date").Argument("when", "Date"))
        .Mutation("Mutation", m => m
            .Field("addPet", "Pet").Argument("input", "PetInput!")
            .Field("renameDog", "Dog").Argument("name", "String!"))
        .Subscription("Subscription", s => s
            .Field("newDog", "Dog")
            .Field("newCat", "Cat")
            .Field("disallowedSecondRootField", "Boolean"))
        .Interface("Pet", t => t.Field("name", "String").Argument("surname", "Boolean"))
        .Interface("Mammal", t => t.Field("mother", "Mammal").Field("father", "Mammal"))
        .Interface("Canine", t => t
            .Implements("Mammal")
            .Field("name", "String").Argument("surname", "Boolean")
            .Field("mother", "Canine")
            .Field("father", "Canine"))
        .Interface("Sentient", t => t.Field("name", "String"))
        .Enum("DogCommand", e => e.Value("SIT").Value("HEEL").Value("DOWN"))
        .Enum("CatCommand", e => e.Value("JUMP"))
        .Enum("FurColor", e => e
            .Value("BROWN").Value("BLACK").Value("TAN").Value("SPOTTED").Value("NO_FUR")
            .Value("UNKNOWN", deprecationReason: "Ask the owner."))
        .Object("Dog", t => t
            .Implements("Pet", "Mammal", "Canine")
            .Field("name", "String").Argument("surname", "Boolean")
            .Field("nickname", "String")
            .Field("barkVolume", "Int")
            .Field("barks", "Boolean")
            .Field("doesKnowCommand", "Boolean").Argument("dogCommand", "DogCommand")
            .Field("isHouseTrained", "Boolean").Argument("atOtherHomes", "Boolean", defaultValue: true)
            .Field("isAtLocation", "Boolean").Argument("x", "Int").Argument("y", "Int")
            .Field("mother", "Dog")
            .Field("father", "Dog")
            .Field("owner", "Human"))
        .Object("Cat", t => t
            .Implements("Pet")
            .Field("name", "String").Argument("surname", "Boolean")
            .Field("nickname", "String")
            .Field("meows", "Boolean")
            .Field("meowsVolume", "Int")
            .Field("furColor", "FurColor")
            .Field("doesKnowCommand", "Boolean").Argument("catCommand", "CatCommand!"))
        .Object("Human", t => t
            .Implements("Sentient")
            .Field("name", "String").Argument("surname", "Boolean")
            .Field("pets", "[Pet]")
            .Field("relatives", "[Human]!")
            .Field("iq", "Int"))
        .Object("Alien", t => t
            .Implements("Sentient")
            .Field("name", "String")
            .Field("numEyes", "Int")
            .Field("homePlanet", "String"))
        .Union("CatOrDog", u => u.Types("Cat", "Dog"))
        .Union("DogOrHuman", u => u.Types("Dog", "Human"))
        .Union("HumanOrAlien", u => u.Types("Human", "Alien"))
        .InputObject("ComplexInput", i => i
            .Field("requiredField", "Boolean!")
            .Field("nonNullField", "Boolean!", defaultValue: false)
            .Field("intField", "Int")
            .Field("stringField", "String")
            .Field("booleanField", "Boolean")
            .Field("stringListField", "[String]")
            .Field("deprecatedField", "String", a => a.Deprecated("Use stringField.")))
        .InputObject("PetInput", i => i.OneOf().Field("cat", "CatInput").Field("dog", "DogInput"))
        .InputObject("CatInput", i => i.Field("name", "String!").Field("furColor", "FurColor"))
        .InputObject("DogInput", i => i.Field("name", "String!").Field("command", "DogCommand"))
        .InputObject("OneOfInput", i => i.OneOf().Field("stringField", "String").Field("intField", "Int"))
        .Object("ComplicatedArgs", t => t
            .Field("intArgField", "String").Argument("intArg", "Int")
            .Field("nonNullIntArgField", "String").Argument("nonNullIntArg", "Int!")
            .Field("stringArgField", "String").Argument("stringArg", "String")
            .Field("booleanArgField", "String").Argument("booleanArg", "Boolean")
            .Field("enumArgField", "String").Argument("enumArg", "FurColor")
            .Field("floatArgField", "String").Argument("floatArg", "Float")
            .Field("idArgField", "String").Argument("idArg", "ID")
            .Field("stringListArgField", "String").Argument("stringListArg", "[String]")
            .Field("stringListNonNullArgField", "String").Argument("stringListNonNullArg", "[String!]")
            .Field("complexArgField", "String").Argument("complexArg", "ComplexInput")
            .Field("oneOfArgField", "String").Argument("oneOfArg", "OneOfInput")
            .Field("multipleReqs", "String").Argument("req1", "Int!").Argument("req2", "Int!")
            .Field("nonNullFieldWithDefault", "String").Argument("arg", "Int!", defaultValue: 0)
            .Field("multipleOpts", "String").Argument("opt1", "Int", defaultValue: 0).Argument("opt2", "Int", defaultValue: 0)
            .Field("multipleOptAndReq", "String")
                .Argument("req1", "Int!").Argument("req2", "Int!")
                .Argument("opt1", "Int", defaultValue: 0).Argument("opt2", "Int", defaultValue: 0))
        .Scalar(new AnyLiteralScalar())
        .Directive("onQuery", d => d.Locations(DirectiveLocation.Query))
        .Directive("onMutation", d => d.Locations(DirectiveLocation.Mutation))
        .Directive("onSubscription", d => d.Locations(DirectiveLocation.Subscription))
        .Directive("onField", d => d.Locations(DirectiveLocation.Field))
        .Directive("onFragmentDefinition", d => d.Locations(DirectiveLocation.FragmentDefinition))
        .Directive("onFragmentSpread", d => d.Locations(DirectiveLocation.FragmentSpread))
        .Directive("onInlineFragment", d => d.Locations(DirectiveLocation.InlineFragment))
        .Directive("onVariableDefinition", d => d.Locations(DirectiveLocation.VariableDefinition))
        .Directive("repeatable", d => d.Locations(DirectiveLocation.Field).IsRepeatable())
        .Directive("tag", d => d
            .Locations(DirectiveLocation.Field, DirectiveLocation.Query)
            .Argument("name", "String!")
            .Argument("weight", "Int", defaultValue: 1))
        .Build();
}
