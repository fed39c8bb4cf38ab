using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>Creates a native configuration from <see cref="DuckDbOptions"/>; the caller destroys it after opening.</summary>
internal static class ConfigFactory
{
    public static ConfigHandle Create(DuckDbOptions options)
    {
        if (NativeMethods.CreateConfig(out var config) != NativeState.Success)
        {
            config.Dispose();
            throw new DuckDbException(DuckDbErrorType.OutOfMemory, "duckdb_create_config failed.");
        }

        foreach (var (name, value) in options.ToConfiguration())
        {
            if (NativeMethods.SetConfig(config, name, value) != NativeState.Success)
            {
                config.Dispose();
                throw new DuckDbException(DuckDbErrorType.InvalidConfiguration, $"Invalid value '{value}' for DuckDB option '{name}'.");
            }
        }

        return config;
    }
}
