using System.Collections.Concurrent;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Tests.Ported;

/// <summary>
/// Issue 20 item 1: the cases of graphql-js 17's <c>SingleFieldSubscriptionsRule-test.ts</c> (tests/conformance/
/// graphql-js-cases), which add the September 2025 ban on <c>@skip</c>/<c>@include</c> at the subscription root. Each
/// runs our rule alone against the case's schema, built from its SDL with <see cref="SchemaBuilder.FromSdl(string)"/>.
/// </summary>
public sealed class PortedExecutableRuleTests
{
    private static readonly ConcurrentDictionary<string, GraphQLSchema> Schemas = new(StringComparer.Ordinal);

    public static TheoryData<string> Cases => [.. PortedCase.All.Where(c => c.Mode == "executable").Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_PortedGraphQLJsCase_GivesTheExpectedErrors(string name)
    {
        var ported = PortedCase.All.Single(c => c.ToString() == name);
        var schema = Schemas.GetOrAdd(ported.Schema!, sdl => SchemaBuilder.FromSdl(sdl).Build());

        var actual = DocumentValidator.Validate(schema, Parser.Parse(ported.Document), [PortedRules.Executable(ported.Rule)])
            .Select(e => ExpectedError.Format(e.Message, e.Locations ?? []))
            .ToList();

        Assert.Equal(ported.Errors, actual);
    }
}
