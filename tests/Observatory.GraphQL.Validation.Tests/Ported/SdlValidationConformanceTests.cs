using System.Text;
using System.Text.Json;
using Observatory.GraphQL.Validation.Tests.Conformance;

namespace Observatory.GraphQL.Validation.Tests.Ported;

/// <summary>
/// Issue 20 item 3, against graphql-js 16.15.0 itself (<c>sdl-oracle.mjs</c>): for every ported SDL case, graphql-js's
/// <c>validateSDL</c> with the case's rule must give what the ported test expects (the data is faithful to graphql-js),
/// and our <see cref="Sdl.SdlValidator"/> with every SDL rule must give what graphql-js gives with
/// <c>specifiedSDLRules</c>: the same errors, in the same order.
/// </summary>
public sealed class SdlValidationConformanceTests
{
    [NodeFact]
    public void Validate_PortedCasesWithEveryRule_MatchGraphQLJs()
    {
        var output = NodeTool.Run(RepositoryPaths.SdlOracleScript, RepositoryPaths.PortedCasesDirectory);
        using var json = JsonDocument.Parse(output);
        var oracle = json.RootElement.EnumerateArray().ToList();
        var cases = PortedCase.All.Where(c => c.Mode == "sdl").ToList();
        Assert.Equal(cases.Count, oracle.Count);

        var differences = new StringBuilder();
        foreach (var entry in oracle)
        {
            var name = entry.GetProperty("name").GetString();
            var ported = cases.Single(c => c.File == entry.GetProperty("file").GetString() && c.Name == name);
            var single = PortedCase.FormatErrors(entry.GetProperty("single"));
            var all = PortedCase.FormatErrors(entry.GetProperty("all"));
            var ours = PortedSdlRuleTests.Validate(ported, null);
            if (!single.SequenceEqual(ported.Errors))
            {
                Describe(differences, $"{ported}: graphql-js 16.15.0 differs from its ported test", ported.Errors, single);
            }

            if (!all.SequenceEqual(ours))
            {
                Describe(differences, $"{ported}: every SDL rule", all, ours);
            }
        }

        Assert.True(differences.Length == 0, "SDL validation differs from graphql-js 16.15.0:" + Environment.NewLine + differences);
    }

    private static void Describe(StringBuilder differences, string title, IEnumerable<string> expected, IEnumerable<string> actual) =>
        differences.AppendLine($"--- {title}")
            .AppendLine("expected:").AppendLine(string.Join(Environment.NewLine, expected.Select(l => "  " + l)))
            .AppendLine("actual:").AppendLine(string.Join(Environment.NewLine, actual.Select(l => "  " + l)));
}
