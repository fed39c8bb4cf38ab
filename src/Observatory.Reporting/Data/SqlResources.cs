using System.Collections.Concurrent;
using System.Reflection;

namespace Observatory.Reporting.Data;

/// <summary>The report's SQL, embedded as <c>etl/queries/report/*.sql</c> resources.</summary>
internal static class SqlResources
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of <c>etl/queries/report/<paramref name="name"/>.sql</c>.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static key => Read($"Observatory.Reporting.Sql.{key}.sql"));

    /// <summary>The text of an embedded asset (<c>Assets/<paramref name="fileName"/></c>).</summary>
    public static string Asset(string fileName) => Cache.GetOrAdd("asset:" + fileName, static key => Read($"Observatory.Reporting.Assets.{key[6..]}"));

    private static string Read(string resource)
    {
        using var stream = typeof(SqlResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
