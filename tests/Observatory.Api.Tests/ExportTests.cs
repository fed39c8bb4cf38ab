using System.Net;
using System.Text;
using Observatory.Api.Tests.Support;
using Observatory.DuckDb;

namespace Observatory.Api.Tests;

[Collection(SampleWarehouseCollection.Name)]
public sealed class ExportTests(SampleWarehouseFixture fixture)
{
    private const string Filter = "indicators=recruitment_difficulty_rate,vacancy_rate&level=DEP&from=2022&to=2025";

    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Csv_is_for_french_spreadsheets_and_has_totalcount_rows()
    {
        using var response = await _client.GetAsync("/export/observations.csv?" + Filter);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var header = lines[0].Split(';');
        Assert.Equal("Indicateur", header[0]);
        Assert.Contains("Libellé du territoire", header);
        Assert.Contains("Valeur", header);
        Assert.Contains("Motif de masquage", header);

        var data = await GraphQLClient.DataAsync(_client, "{ observations(filter: { indicators: [\"recruitment_difficulty_rate\", \"vacancy_rate\"], level: DEP, from: \"2022\", to: \"2025\" }, first: 1) { totalCount } }");
        var total = data.GetProperty("observations").GetProperty("totalCount").GetInt32();
        Assert.Equal(total, lines.Count - 1);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());

        var valueColumn = Array.IndexOf(header, "Valeur");
        var values = lines.Skip(1).Select(l => l.Split(';')[valueColumn]).Where(v => v.Length > 0).ToList();
        Assert.NotEmpty(values);
        Assert.Contains(values, v => v.Contains(',', StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains('.', StringComparison.Ordinal));

        // One spelling of the status everywhere: the catalogue's, as in pub and the Parquet export.
        var statusColumn = Array.IndexOf(header, "Statut");
        var statuses = lines.Skip(1).Select(l => l.Split(';')[statusColumn]).Distinct().ToList();
        var catalogue = fixture.Sql("select distinct status from pub.indicator_values").Select(r => (string)r[0]!).ToHashSet();
        Assert.Contains("ok", statuses);
        Assert.All(statuses, s => Assert.Contains(s, catalogue));
    }

    [Fact]
    public async Task Parquet_is_readable_by_duckdb_with_the_same_rows()
    {
        using var response = await _client.GetAsync("/export/observations.parquet?" + Filter);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var file = new TempDirectory("obs-parquet");
        var path = Path.Combine(file.Path, "observations.parquet");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        using var database = DuckDbDatabase.Open(null);
        using var connection = database.Connect();
        using var result = connection.Query($"select indicator, metier, territory, period, value from read_parquet('{path}')");
        var exported = result.Rows().ToDictionary(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}", r => (double?)r[4]);
        var expected = fixture.Sql("select indicator, metier, territory, period, value from pub.indicator_values where indicator in ('recruitment_difficulty_rate', 'vacancy_rate') and territory_level = 'DEP' and period between '2022' and '2025'")
            .ToDictionary(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}", r => (double?)r[4]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, exported);
        Assert.DoesNotContain(Directory.GetFiles(Path.GetTempPath(), "observatory-export-*.parquet"), f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Analyst_export_shows_their_department_only()
    {
        using var anonymous = await _client.GetAsync("/export/observations.csv?territories=40&level=DEP&status=secret");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/observations.csv?territories=40&level=DEP&status=secret");
        request.Headers.Add("X-Api-Key", ApiFactory.LandesKey);
        using var analyst = await _client.SendAsync(request);
        static int WithValue(string csv)
        {
            var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var column = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(';'), "Valeur");
            return lines.Skip(1).Count(l => l.Split(';')[column].Length > 0);
        }

        Assert.Equal(0, WithValue(await anonymous.Content.ReadAsStringAsync()));
        Assert.True(WithValue(await analyst.Content.ReadAsStringAsync()) > 0);
    }

    [Fact]
    public async Task A_bad_filter_is_a_french_400()
    {
        using var response = await _client.GetAsync("/export/observations.csv?level=COMMUNE");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Niveau inconnu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
