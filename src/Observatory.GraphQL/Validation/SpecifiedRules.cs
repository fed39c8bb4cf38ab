using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// The rules run by default, in graphql-js <c>specifiedRules</c> order so errors come out in the reference
/// implementation's sequence, followed by the spec's Operation Type Existence rule.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
        new KnownOperationTypesRule(),
    ];

    /// <summary>
    /// <see cref="All"/> followed by the limit rules (depth, cost and field count, aliases, directives per location).
    /// The cost is computed with <paramref name="variableValues"/> (raw request variables: a JSON object element or a
    /// string-keyed dictionary), coerced as execution coerces them; without them variables take their defaults.
    /// </summary>
    public static IReadOnlyList<IValidationRule> WithLimits(ValidationLimits limits, object? variableValues = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return
        [
            .. All,
            new MaxDepthRule(limits.MaxDepth),
            new CostLimitRule(limits.MaxCost, limits.MaxFieldCount, limits.CostModel, variableValues),
            new MaxAliasesRule(limits.MaxAliases),
            new MaxDirectivesPerLocationRule(limits.MaxDirectivesPerLocation),
        ];
    }
}
