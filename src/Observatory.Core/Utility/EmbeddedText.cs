using System.Collections.Concurrent;
using System.Reflection;

namespace Observatory.Core.Utility;

/// <summary>The text of a resource embedded in an assembly (SQL, HTML, CSS), read once and cached.</summary>
public static class EmbeddedText
{
    private static readonly ConcurrentDictionary<(Assembly Assembly, string Resource), string> Cache = new();

    /// <exception cref="InvalidOperationException">The assembly holds no such resource.</exception>
    public static string Read(Assembly assembly, string resource)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return Cache.GetOrAdd((assembly, resource), static key =>
        {
            using var stream = key.Assembly.GetManifestResourceStream(key.Resource)
                ?? throw new InvalidOperationException($"Embedded resource '{key.Resource}' is missing from {key.Assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
    }
}
