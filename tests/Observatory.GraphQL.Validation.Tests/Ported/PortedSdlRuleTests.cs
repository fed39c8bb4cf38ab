using Observatory.GraphQL.Language;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Tests.Ported;

/// <summary>
/// Issue 20 item 3: every SDL case of graphql-js's rule tests (tests/conformance/graphql-js-cases, graphql-js 16.x),
/// run through our rule alone, as graphql-js's harness runs it (<c>validateSDL(doc, schema, [rule])</c>), must give
/// exactly the messages and locations graphql-js's test expects. One test per case.
/// </summary>
public sealed class PortedSdlRuleTests
{
    public static TheoryData<string> Cases => [.. PortedCase.All.Where(c => c.Mode == "sdl").Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_PortedGraphQLJsCase_GivesTheExpectedErrors(string name)
    {
        var ported = PortedCase.All.Single(c => c.ToString() == name);

        var actual = Validate(ported, [PortedRules.Sdl(ported.Rule)]);

        Assert.Equal(ported.Errors, actual);
    }

    [Fact]
    public void Cases_CoverEveryPortedSdlRule() =>
        Assert.Equal(13, PortedCase.All.Where(c => c.Mode == "sdl").Select(c => c.Rule).Distinct().Count());

    /// <summary>Validates a case's document with <paramref name="rules"/> (all SDL rules when null), formatted as the harness formats errors.</summary>
    public static List<string> Validate(PortedCase ported, IReadOnlyList<ISdlValidationRule>? rules)
    {
        var schemaToExtend = ported.Schema is null ? null : Parser.Parse(ported.Schema);
        return SdlValidator.Validate(Parser.Parse(ported.Document), schemaToExtend, rules)
            .Select(e => ExpectedError.Format(e.Message, e.Locations ?? []))
            .ToList();
    }
}
