using Observatory.GraphQL.Validation.Rules;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Tests.Ported;

/// <summary>Our rule for each graphql-js rule name the ported cases use.</summary>
public static class PortedRules
{
    private static readonly Dictionary<string, ISdlValidationRule> SdlRules = new(StringComparer.Ordinal)
    {
        ["LoneSchemaDefinitionRule"] = new LoneSchemaDefinitionRule(),
        ["UniqueOperationTypesRule"] = new UniqueOperationTypesRule(),
        ["UniqueTypeNamesRule"] = new UniqueTypeNamesRule(),
        ["UniqueEnumValueNamesRule"] = new UniqueEnumValueNamesRule(),
        ["UniqueFieldDefinitionNamesRule"] = new UniqueFieldDefinitionNamesRule(),
        ["UniqueArgumentDefinitionNamesRule"] = new UniqueArgumentDefinitionNamesRule(),
        ["UniqueDirectiveNamesRule"] = new UniqueDirectiveNamesRule(),
        ["PossibleTypeExtensionsRule"] = new PossibleTypeExtensionsRule(),
        ["KnownTypeNamesRule"] = new KnownTypeNamesRule(),
        ["KnownDirectivesRule"] = new KnownDirectivesRule(),
        ["UniqueDirectivesPerLocationRule"] = new UniqueDirectivesPerLocationRule(),
        ["KnownArgumentNamesOnDirectivesRule"] = new KnownArgumentNamesRule(),
        ["ProvidedRequiredArgumentsOnDirectivesRule"] = new ProvidedRequiredArgumentsRule(),
    };

    private static readonly Dictionary<string, IValidationRule> ExecutableRules = new(StringComparer.Ordinal)
    {
        ["SingleFieldSubscriptionsRule"] = new SingleFieldSubscriptionsRule(),
    };

    public static ISdlValidationRule Sdl(string graphQLJsName) => SdlRules[graphQLJsName];

    public static IValidationRule Executable(string graphQLJsName) => ExecutableRules[graphQLJsName];
}
