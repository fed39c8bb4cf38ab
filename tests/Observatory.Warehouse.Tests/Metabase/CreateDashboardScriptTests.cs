using System.Diagnostics;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Metabase;

/// <summary>
/// Runs <c>dashboards/metabase/create-dashboard.sh</c> (bash + curl + node) against <see cref="FakeMetabase"/>
/// and checks the calls: login, database creation pointing at the published build (read-only), sync,
/// one native question per SQL file with its template tags, the dashboard with one card per question and
/// its filters; a second run updates in place (no duplicates) and follows a new publish.
/// </summary>
public sealed class CreateDashboardScriptTests : IDisposable
{
    private readonly TempHome _temp = new();
    private readonly FakeMetabase _metabase = new();

    public CreateDashboardScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Home.BuildsDirectory));
        File.WriteAllText(Path.Combine(_temp.Home.BuildsDirectory, "20261201T000000000Z-1.duckdb"), "not read by the script");
        File.WriteAllText(_temp.Home.CurrentPointerPath, "builds/20261201T000000000Z-1.duckdb\n");
    }

    public void Dispose()
    {
        _metabase.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void Script_FirstRun_CreatesDatabaseQuestionsAndDashboardInOrder()
    {
        var (code, output, error) = RunScript();

        Assert.True(code == 0, output + error);
        var calls = _metabase.Calls.Select(c => c.ToString()).ToList();
        var questions = MetabaseKit.QuestionFiles.Count;
        Assert.Equal(
            new[] { "POST /api/session", "GET /api/database", "POST /api/database", $"POST /api/database/100/sync_schema", "GET /api/card?f=all" }
                .Concat(Enumerable.Repeat("POST /api/card", questions))
                .Concat(["GET /api/dashboard", "POST /api/dashboard", $"GET /api/dashboard/{101 + questions}", $"PUT /api/dashboard/{101 + questions}"]),
            calls);
        Assert.All(_metabase.Calls.Skip(1), c => Assert.Equal(FakeMetabase.Token, c.Session));

        var database = _metabase.Calls[2].Body!;
        Assert.Equal("duckdb", database["engine"]!.GetValue<string>());
        Assert.Equal(Path.Combine(_temp.Home.BuildsDirectory, "20261201T000000000Z-1.duckdb"), database["details"]!["database_file"]!.GetValue<string>());
        Assert.True(database["details"]!["read_only"]!.GetValue<bool>());

        var ranking = _metabase.Cards.Values.Single(c => c["name"]!.GetValue<string>().Contains("classement", StringComparison.Ordinal));
        var native = ranking["dataset_query"]!["native"]!;
        Assert.Equal("native", ranking["dataset_query"]!["type"]!.GetValue<string>());
        Assert.Equal(100, ranking["dataset_query"]!["database"]!.GetValue<int>());
        Assert.Contains("{{territory}}", native["query"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("-- variable:", native["query"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("text", native["template-tags"]!["territory"]!["type"]!.GetValue<string>());
        Assert.Equal("number", native["template-tags"]!["year"]!["type"]!.GetValue<string>());
        Assert.Equal(2024, native["template-tags"]!["year"]!["default"]!.GetValue<int>());
        Assert.Equal(questions, _metabase.Cards.Count);

        var dashboard = _metabase.Dashboards.Values.Single();
        var dashcards = dashboard["dashcards"]!.AsArray();
        Assert.Equal(_metabase.Cards.Keys.Order(), dashcards.Select(d => d!["card_id"]!.GetValue<int>()).Order());
        var rankingCard = dashcards.Single(d => d!["card_id"]!.GetValue<int>() == ranking["id"]!.GetValue<int>())!;
        var mapping = rankingCard["parameter_mappings"]!.AsArray().Select(m => m!["parameter_id"]!.GetValue<string>()).Order();
        Assert.Equal(["observatory-territory", "observatory-year"], mapping);
        var parameters = dashboard["parameters"]!.AsArray().Select(p => p!["slug"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "territory", "region", "year" }, parameters);
        Assert.Contains("tableau de bord prêt", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_SecondRunAfterAPublish_UpdatesInPlaceAndFollowsTheNewBuild()
    {
        Assert.Equal(0, RunScript().ExitCode);
        var cardIds = _metabase.Cards.Keys.Order().ToList();
        var dashcardIds = DashcardIds();
        File.WriteAllText(Path.Combine(_temp.Home.BuildsDirectory, "20261202T000000000Z-2.duckdb"), "newer");
        File.WriteAllText(_temp.Home.CurrentPointerPath, "builds/20261202T000000000Z-2.duckdb\n");
        _metabase.Calls.Clear();

        var (code, output, error) = RunScript();

        Assert.True(code == 0, output + error);
        Assert.Equal(cardIds, _metabase.Cards.Keys.Order());
        Assert.Single(_metabase.Dashboards);
        Assert.Equal(dashcardIds, DashcardIds());
        Assert.DoesNotContain(_metabase.Calls, c => c.Method == "POST" && c.Path is "/api/card" or "/api/dashboard" or "/api/database");
        Assert.Equal(MetabaseKit.QuestionFiles.Count, _metabase.Calls.Count(c => c.Method == "PUT" && c.Path.StartsWith("/api/card/", StringComparison.Ordinal)));
        var update = Assert.Single(_metabase.Calls, c => c.Method == "PUT" && c.Path == "/api/database/100");
        Assert.EndsWith("20261202T000000000Z-2.duckdb", update.Body!["details"]!["database_file"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(update.Body!["details"]!["read_only"]!.GetValue<bool>());
        Assert.Contains(_metabase.Calls, c => c.Path == "/api/database/100/sync_schema");
    }

    [Fact]
    public void Script_WrongPassword_FailsWithMessageAndCreatesNothing()
    {
        var (code, _, error) = RunScript(password: "wrong");

        Assert.NotEqual(0, code);
        Assert.Contains("HTTP 401", error, StringComparison.Ordinal);
        Assert.Empty(_metabase.Cards);
        Assert.Single(_metabase.Calls);
    }

    private List<int> DashcardIds() =>
        [.. _metabase.Dashboards.Values.Single()["dashcards"]!.AsArray().Select(d => d!["id"]!.GetValue<int>()).Order()];

    private (int ExitCode, string Output, string Error) RunScript(string password = "secret")
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(MetabaseKit.Directory, "create-dashboard.sh"));
        start.Environment["METABASE_URL"] = _metabase.Url;
        start.Environment["METABASE_USER"] = "admin@example.org";
        start.Environment["METABASE_PASSWORD"] = password;
        start.Environment["OBSERVATORY_HOME"] = _temp.Home.Root;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("create-dashboard.sh did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
