using System.Globalization;
using System.Text.RegularExpressions;

namespace Observatory.DuckDb;

/// <summary>
/// Start-up configuration of a DuckDB database (passed to <c>duckdb_open_ext</c>). Defaults differ from DuckDB's on
/// purpose for extensions: build and CI hosts have no extension repository, and the main extensions are built in.
/// </summary>
public sealed partial record DuckDbOptions
{
    /// <summary>Worker threads per query (<c>threads</c>); null = DuckDB's default (core count).</summary>
    public int? Threads { get; init; }

    /// <summary>Memory limit such as <c>2GB</c> or <c>512MiB</c> (<c>memory_limit</c>); null = DuckDB's default (80 % of RAM).</summary>
    public string? MemoryLimit { get; init; }

    /// <summary>File access mode (<c>access_mode</c>).</summary>
    public DuckDbAccessMode AccessMode { get; init; } = DuckDbAccessMode.Automatic;

    /// <summary>Whether SQL may read or write files and URLs (<c>enable_external_access</c>; DuckDB's default, true).</summary>
    public bool EnableExternalAccess { get; init; } = true;

    /// <summary>Whether DuckDB may download known extensions (<c>autoinstall_known_extensions</c>); default false.</summary>
    public bool AutoInstallExtensions { get; init; }

    /// <summary>Whether DuckDB may load known extensions on first use (<c>autoload_known_extensions</c>); default false.</summary>
    public bool AutoLoadExtensions { get; init; }

    /// <summary>
    /// Any other DuckDB option, by name (values are strings, as DuckDB takes them). Unknown names make
    /// <see cref="DuckDbDatabase.Open"/> fail with DuckDB's "options were not recognized" message.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Throws <see cref="ArgumentException"/> when a value is malformed.</summary>
    public void Validate()
    {
        if (Threads is < 1)
        {
            throw new ArgumentException($"DuckDbOptions.Threads must be at least 1 (was {Threads}).");
        }

        if (MemoryLimit is not null && !MemoryLimitPattern().IsMatch(MemoryLimit))
        {
            throw new ArgumentException($"DuckDbOptions.MemoryLimit '{MemoryLimit}' is not a size such as '2GB', '512MiB' or '50%'.");
        }

        foreach (var (name, value) in Settings)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("DuckDbOptions.Settings contains an empty option name.");
            }

            if (value is null)
            {
                throw new ArgumentException($"DuckDbOptions.Settings['{name}'] is null.");
            }

            if (TypedOptionNames.Contains(name))
            {
                throw new ArgumentException($"DuckDB option '{name}' has a dedicated DuckDbOptions property; set that instead.");
            }
        }
    }

    /// <summary>The options as DuckDB configuration pairs, typed options first.</summary>
    internal IEnumerable<KeyValuePair<string, string>> ToConfiguration()
    {
        if (Threads is { } threads)
        {
            yield return new("threads", threads.ToString(CultureInfo.InvariantCulture));
        }

        if (MemoryLimit is { } memory)
        {
            yield return new("memory_limit", memory);
        }

        yield return new("access_mode", AccessMode switch
        {
            DuckDbAccessMode.ReadOnly => "read_only",
            DuckDbAccessMode.ReadWrite => "read_write",
            _ => "automatic",
        });
        yield return new("enable_external_access", Bool(EnableExternalAccess));
        yield return new("autoinstall_known_extensions", Bool(AutoInstallExtensions));
        yield return new("autoload_known_extensions", Bool(AutoLoadExtensions));
        foreach (var setting in Settings)
        {
            yield return setting;
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static readonly HashSet<string> TypedOptionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "threads", "worker_threads", "memory_limit", "max_memory", "access_mode", "enable_external_access",
        "autoinstall_known_extensions", "autoload_known_extensions",
    };

    [GeneratedRegex(@"^\s*\d+(\.\d+)?\s*([KMGT]i?B|B|bytes|%)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemoryLimitPattern();
}
