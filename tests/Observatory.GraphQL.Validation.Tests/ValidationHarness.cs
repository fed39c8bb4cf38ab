using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language;

namespace Observatory.GraphQL.Validation.Tests;

/// <summary>An expected validation error: graphql-js's exact message and its (line, column) locations.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() => Format(Message, Locations.Select(l => new ErrorLocation(l.Line, l.Column)));

    public static string Format(string message, IEnumerable<ErrorLocation> locations) =>
        message + " @ " + string.Join(" ", locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>Runs one rule (or all) over a document against <see cref="ValidationSchema"/> and checks the errors.</summary>
public static class ValidationHarness
{
    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static IReadOnlyList<GraphQLError> Validate(IValidationRule? rule, string document) =>
        DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse(document), rule is null ? null : [rule]);

    public static void ShouldPass(IValidationRule rule, string document) => ShouldFail(rule, document);

    public static void ShouldFail(IValidationRule? rule, string document, params ExpectedError[] expected)
    {
        var actual = Validate(rule, document).Select(e => ExpectedError.Format(e.Message, e.Locations ?? [])).ToList();
        Assert.Equal(expected.Select(e => e.ToString()).ToList(), actual);
    }
}
