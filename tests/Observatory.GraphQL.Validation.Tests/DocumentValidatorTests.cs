using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Validate_ValidDocument_ReturnsNoErrors() =>
        Assert.Empty(ValidationHarness.Validate(null, "query Q($s: Boolean) { dog { name(surname: $s) ...f } } fragment f on Dog { barks }"));

    [Fact]
    public void Validate_AllRules_ReportsErrorsInRegistryOrder()
    {
        var errors = ValidationHarness.Validate(null, "{ dog { unknown } cat { name } }\n{ human { name } }");

        Assert.Equal(
            [
                "This anonymous operation must be the only defined operation.",
                "Cannot query field \"unknown\" on type \"Dog\".",
                "This anonymous operation must be the only defined operation.",
            ],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void Validate_MoreErrorsThanTheCap_StopsWithTooManyErrors()
    {
        var document = Parser.Parse("{ " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $"f{i}")) + " }");

        var errors = DocumentValidator.Validate(ValidationSchema.Instance, document, maxErrors: 3);

        Assert.Equal(4, errors.Count);
        Assert.Equal("Cannot query field \"f2\" on type \"Query\".", errors[2].Message);
        Assert.Equal(DocumentValidator.TooManyErrorsMessage, errors[3].Message);
        Assert.Null(errors[3].Locations);
    }

    [Fact]
    public void Validate_ExactlyTheCap_DoesNotAddTooManyErrors()
    {
        var errors = DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse("{ a b c }"), maxErrors: 3);

        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message == DocumentValidator.TooManyErrorsMessage);
    }

    [Fact]
    public void Validate_DescriptionsOnVariables_AreNotValidatedAsValues() =>
        Assert.Empty(ValidationHarness.Validate(null, "query Q(\"A flag.\" $s: Boolean) { dog { name(surname: $s) } }"));

    [Fact]
    public void Validate_SpecifiedRules_ListsEveryRuleOnceInGraphQLJsOrder()
    {
        var names = SpecifiedRules.All.Select(r => r.GetType().Name).ToList();

        Assert.Equal(28, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(nameof(ExecutableDefinitionsRule), names[0]);
        Assert.Equal(nameof(OverlappingFieldsCanBeMergedRule), names[24]);
        Assert.Equal(nameof(UniqueInputFieldNamesRule), names[25]);
        Assert.Equal(nameof(MaxIntrospectionDepthRule), names[26]);
        Assert.Equal(nameof(KnownOperationTypesRule), names[27]);
    }

    [Fact]
    public void Validate_EveryRuleType_IsRegistered()
    {
        var ruleTypes = typeof(IValidationRule).Assembly.GetTypes()
            .Where(t => typeof(IValidationRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        var registered = SpecifiedRules.WithLimits(new ValidationLimits()).Select(r => r.GetType().Name).Order(StringComparer.Ordinal);

        Assert.Equal(ruleTypes, registered);
    }

    [Fact]
    public void Validate_ManyFragmentsWithConflicts_ReportsEachConflictOnce()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"fragment f{i} on Dog {{ x: {(i % 2 == 0 ? "name" : "nickname")} }}"));
        var spreads = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"...f{i}"));

        var errors = DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse($"{{ dog {{ {spreads} }} }}\n{fragments}"), maxErrors: 1000);

        Assert.Equal(15 * 15, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("Fields \"x\" conflict because \"", e.Message, StringComparison.Ordinal));
    }
}
