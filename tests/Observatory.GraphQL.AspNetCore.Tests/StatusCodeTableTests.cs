using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>
/// One test per row of the GraphQL-over-HTTP status-code table (May 2025 draft, as audited by
/// graphql-http 1.23.1), for both response media types.
/// </summary>
public sealed class StatusCodeTableTests : IClassFixture<TestServerFixture>
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpClient _client;

    public StatusCodeTableTests(TestServerFixture fixture) => _client = fixture.Client;

    private async Task<(HttpStatusCode Status, string? ContentType, JsonElement? Body, HttpResponseMessage Response)> PostAsync(string body, string accept = Json, string contentType = Json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept.Length > 0)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await SendAsync(request);
    }

    private async Task<(HttpStatusCode Status, string? ContentType, JsonElement? Body, HttpResponseMessage Response)> GetAsync(string query, string accept = Json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query);
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(request);
    }

    private async Task<(HttpStatusCode, string?, JsonElement?, HttpResponseMessage)> SendAsync(HttpRequestMessage request)
    {
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement? body = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : null;
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, response);
    }

    private static string Q(string query, string extra = "") => $"{{\"query\":{JsonSerializer.Serialize(query)}{extra}}}";

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Data_without_errors_is_200(string accept)
    {
        var (status, contentType, body, _) = await PostAsync(Q("{ hello }"), accept);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"{accept}; charset=utf-8", contentType);
        Assert.Equal("monde", body!.Value.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.Value.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Data_with_errors_is_200_and_hides_internal_exception_text(string accept)
    {
        var (status, _, body, _) = await PostAsync(Q("{ hello failing }"), accept);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("monde", body!.Value.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.Value.GetProperty("data").GetProperty("failing").ValueKind);
        var error = body.Value.GetProperty("errors")[0];
        Assert.DoesNotContain("secret internal detail", error.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("failing", error.GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Null_bubbling_to_the_root_is_200_with_data_null(string accept)
    {
        var (status, _, body, _) = await PostAsync(Q("{ mustNotBeNull }"), accept);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body!.Value.GetProperty("data").ValueKind);
        Assert.Single(body.Value.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Body_that_is_not_json_is_400(string accept)
    {
        var (status, _, body, _) = await PostAsync("{ not json", accept);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body!.Value.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{\"query\": 1}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": 5}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"x\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": [1]}")]
    [InlineData("[{\"query\": \"{ hello }\"}]")]
    [InlineData("{}")]
    public async Task Bad_parameters_are_400_for_both_media_types(string body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(body, Json)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(body, GraphQLResponse)).Status);
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Parse_error_is_200_for_json_and_400_without_data_for_graphql_response(string accept, HttpStatusCode expected)
    {
        var (status, _, body, _) = await PostAsync(Q("{"), accept);

        Assert.Equal(expected, status);
        Assert.False(body!.Value.TryGetProperty("data", out _));
        var error = body.Value.GetProperty("errors")[0];
        Assert.StartsWith("Syntax Error:", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Validation_error_is_200_for_json_and_400_for_graphql_response(string accept, HttpStatusCode expected)
    {
        var (status, _, body, _) = await PostAsync(Q("{ nope }"), accept);

        Assert.Equal(expected, status);
        Assert.False(body!.Value.TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.Value.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Undeterminable_operation_is_200_for_json_and_400_for_graphql_response(string accept, HttpStatusCode expected)
    {
        var (status, _, body, _) = await PostAsync(Q("query A { hello } query B { hello }"), accept);

        Assert.Equal(expected, status);
        Assert.False(body!.Value.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Variable_coercion_error_is_200_for_json_and_400_for_graphql_response(string accept, HttpStatusCode expected)
    {
        var (status, _, body, _) = await PostAsync(Q("query ($t: String!) { echo(text: $t) }", ",\"variables\":{\"t\":null}"), accept);

        Assert.Equal(expected, status);
        Assert.False(body!.Value.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Variables_are_passed_to_resolvers()
    {
        var (status, _, body, _) = await PostAsync(Q("query ($t: String!) { echo(text: $t) }", ",\"variables\":{\"t\":\"Landes\"}"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Landes", body!.Value.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_query_with_variables_in_the_query_string_runs()
    {
        var query = Uri.EscapeDataString("query ($t: String!) { echo(text: $t) }");
        var variables = Uri.EscapeDataString("{\"t\":\"Ain\"}");

        var (status, _, body, _) = await GetAsync($"query={query}&variables={variables}&operationName=");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ain", body!.Value.GetProperty("data").GetProperty("echo").GetString());
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Mutation_over_get_is_405_allowing_post(string accept)
    {
        var (status, _, _, response) = await GetAsync("query=" + Uri.EscapeDataString("mutation { touch }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Mutation_over_post_runs()
    {
        var (status, _, body, _) = await PostAsync(Q("mutation { touch }"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body!.Value.GetProperty("data").GetProperty("touch").GetInt32());
    }

    [Fact]
    public async Task Other_methods_are_405_allowing_get_and_post()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent(Q("{ hello }"), Encoding.UTF8, Json) };
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostAsync(Q("{ hello }"), Json, contentType)).Status);
    }

    [Fact]
    public async Task Missing_content_type_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Q("{ hello }"))) };
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        Assert.Equal(HttpStatusCode.NotAcceptable, (await PostAsync(Q("{ hello }"), "application/xml")).Status);
    }

    [Fact]
    public async Task No_accept_header_gets_application_json()
    {
        var (status, contentType, _, _) = await PostAsync(Q("{ hello }"), accept: "");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json; charset=utf-8", contentType);
    }

    [Fact]
    public async Task Highest_quality_accept_wins()
    {
        var (_, contentType, _, _) = await PostAsync(Q("{ hello }"), "application/json;q=0.5, application/graphql-response+json");

        Assert.Equal("application/graphql-response+json; charset=utf-8", contentType);
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        var big = Q("{ hello }" + new string(' ', 10_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(big)).Status);
    }

    [Fact]
    public async Task Execution_timeout_is_408()
    {
        var (status, _, body, _) = await PostAsync(Q("{ slow }"));

        Assert.Equal(HttpStatusCode.RequestTimeout, status);
        Assert.Equal("TIMEOUT", body!.Value.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
