using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Sdl;

/// <summary>
/// The rules a type system document must pass before a schema is built from it, in graphql-js
/// <c>specifiedSDLRules</c> order so errors come out in the reference implementation's sequence. Seven of them are
/// the executable rules run in SDL mode (directives and type references checked against the SDL itself).
/// </summary>
public static class SpecifiedSdlRules
{
    public static IReadOnlyList<ISdlValidationRule> All { get; } =
    [
        new LoneSchemaDefinitionRule(),
        new UniqueOperationTypesRule(),
        new UniqueTypeNamesRule(),
        new UniqueEnumValueNamesRule(),
        new UniqueFieldDefinitionNamesRule(),
        new UniqueArgumentDefinitionNamesRule(),
        new UniqueDirectiveNamesRule(),
        new KnownTypeNamesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new PossibleTypeExtensionsRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new UniqueInputFieldNamesRule(),
        new ProvidedRequiredArgumentsRule(),
    ];
}
