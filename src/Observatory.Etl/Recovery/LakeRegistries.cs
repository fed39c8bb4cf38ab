using System.Text.Json;
using Observatory.Etl.Loading;

namespace Observatory.Etl.Recovery;

/// <summary>Every source registry of the lake (<c>lake/*/_loads.json</c>), and whether one of them could not be read.</summary>
internal static class LakeRegistries
{
    public static (IReadOnlyList<LakeRegistry> Registries, bool AnyUnreadable) ReadAll(string lakeDirectory)
    {
        var registries = new List<LakeRegistry>();
        var unreadable = false;
        if (!Directory.Exists(lakeDirectory))
        {
            return (registries, false);
        }

        foreach (var directory in Directory.EnumerateDirectories(lakeDirectory).Order(StringComparer.Ordinal))
        {
            var source = Path.GetFileName(directory);
            if (!File.Exists(LakeRegistry.PathFor(lakeDirectory, source)))
            {
                continue;
            }

            try
            {
                var registry = LakeRegistry.Read(lakeDirectory, source);
                registry.Source = string.IsNullOrEmpty(registry.Source) ? source : registry.Source;
                registries.Add(registry);
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                unreadable = true;
            }
        }

        return (registries, unreadable);
    }
}
