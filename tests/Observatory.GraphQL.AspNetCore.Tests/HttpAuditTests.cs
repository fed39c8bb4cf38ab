using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>
/// graphql-http 1.23.1's <c>auditServer</c>, run with node against our endpoint on 127.0.0.1:
/// every MUST audit passes; SHOULD and MAY results are printed.
/// </summary>
public sealed class HttpAuditTests : IClassFixture<TestServerFixture>
{
    private readonly TestServerFixture _fixture;
    private readonly ITestOutputHelper _output;

    public HttpAuditTests(TestServerFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task GraphqlHttp_audit_passes_every_MUST()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "node", "http-audit.mjs");

        var json = await NodeRunner.RunAsync(script, new Uri(_fixture.BaseAddress, "/graphql").ToString());

        using var doc = JsonDocument.Parse(json);
        var results = doc.RootElement.EnumerateArray().ToList();
        var report = new StringBuilder();
        foreach (var result in results.Where(r => r.GetProperty("status").GetString() != "ok"))
        {
            report.AppendLine($"{result.GetProperty("status").GetString()} {result.GetProperty("id").GetString()} {result.GetProperty("name").GetString()}: {result.GetProperty("reason").GetString()}");
        }

        _output.WriteLine($"{results.Count} audits; not ok:\n{report}");
        Assert.True(results.Count >= 50, $"only {results.Count} audits ran");
        var errors = results.Where(r => r.GetProperty("status").GetString() == "error").ToList();
        Assert.True(errors.Count == 0, report.ToString());
    }
}
