using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Observatory.Warehouse.Tests.Metabase;

/// <summary>
/// An in-test stand-in for Metabase's REST API (HttpListener on 127.0.0.1): keeps databases, cards and
/// dashboards in memory, answers like Metabase, and records every call (method, path, session header, body).
/// </summary>
public sealed class FakeMetabase : IDisposable
{
    public const string Token = "session-token-42";

    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly object _gate = new();
    private int _nextId = 100;

    public FakeMetabase()
    {
        for (var attempt = 0; ; attempt++)
        {
            Port = Random.Shared.Next(20000, 60000);
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 20)
            {
            }
        }

        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public List<RecordedCall> Calls { get; } = [];

    public Dictionary<int, JsonObject> Databases { get; } = [];

    public Dictionary<int, JsonObject> Cards { get; } = [];

    public Dictionary<int, JsonObject> Dashboards { get; } = [];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the listener was closed under a pending GetContext
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var path = context.Request.Url!.AbsolutePath;
            var call = new RecordedCall(context.Request.HttpMethod, path + context.Request.Url.Query, context.Request.Headers["X-Metabase-Session"],
                body.Length == 0 ? null : JsonNode.Parse(body));
            int status;
            JsonNode? answer;
            lock (_gate)
            {
                Calls.Add(call);
                (status, answer) = Answer(call.Method, path, call.Body);
            }

            var bytes = Encoding.UTF8.GetBytes(answer?.ToJsonString() ?? "{}");
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
    }

    private (int Status, JsonNode? Answer) Answer(string method, string path, JsonNode? body)
    {
        var parts = path.Trim('/').Split('/');
        if (method == "POST" && path == "/api/session")
        {
            return body?["username"]?.GetValue<string>() == "admin@example.org" && body["password"]?.GetValue<string>() == "secret"
                ? (200, new JsonObject { ["id"] = Token })
                : (401, new JsonObject { ["errors"] = "bad credentials" });
        }

        if (method != "POST" || path != "/api/session")
        {
            var session = Calls[^1].Session;
            if (session != Token)
            {
                return (401, new JsonObject { ["message"] = "Unauthenticated" });
            }
        }

        return (method, parts) switch
        {
            ("GET", ["api", "database"]) => (200, new JsonObject { ["data"] = List(Databases), ["total"] = Databases.Count }),
            ("POST", ["api", "database"]) => (200, Create(Databases, body!)),
            ("PUT", ["api", "database", var id]) => (200, Update(Databases, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), body!)),
            ("POST", ["api", "database", _, "sync_schema"]) => (200, new JsonObject { ["status"] = "ok" }),
            ("GET", ["api", "card"]) => (200, List(Cards)),
            ("POST", ["api", "card"]) => (200, Create(Cards, body!)),
            ("PUT", ["api", "card", var id]) => (200, Update(Cards, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), body!)),
            ("GET", ["api", "dashboard"]) => (200, List(Dashboards)),
            ("POST", ["api", "dashboard"]) => (200, Create(Dashboards, body!)),
            ("GET", ["api", "dashboard", var id]) => (200, Dashboards[int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)].DeepClone()),
            ("PUT", ["api", "dashboard", var id]) => (200, PutDashboard(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), body!)),
            _ => (404, new JsonObject { ["message"] = "not found" }),
        };
    }

    private JsonObject Create(Dictionary<int, JsonObject> store, JsonNode body)
    {
        var created = body.DeepClone().AsObject();
        created["id"] = _nextId;
        store[_nextId++] = created;
        return (JsonObject)created.DeepClone();
    }

    private static JsonObject Update(Dictionary<int, JsonObject> store, int id, JsonNode body)
    {
        foreach (var (key, value) in body.AsObject())
        {
            store[id][key] = value?.DeepClone();
        }

        return (JsonObject)store[id].DeepClone();
    }

    private JsonObject PutDashboard(int id, JsonNode body)
    {
        var dashboard = Dashboards[id];
        dashboard["parameters"] = body["parameters"]?.DeepClone();
        var cards = new JsonArray();
        foreach (var card in body["dashcards"]!.AsArray())
        {
            var copy = card!.DeepClone().AsObject();
            if (copy["id"]!.GetValue<int>() < 0)
            {
                copy["id"] = _nextId++;
            }

            cards.Add(copy);
        }

        dashboard["dashcards"] = cards;
        return (JsonObject)dashboard.DeepClone();
    }

    private static JsonArray List(Dictionary<int, JsonObject> store) => [.. store.Values.Select(v => (JsonNode)v.DeepClone())];
}

/// <summary>One request the fake Metabase received.</summary>
public sealed record RecordedCall(string Method, string Path, string? Session, JsonNode? Body)
{
    public override string ToString() => $"{Method} {Path}";
}
