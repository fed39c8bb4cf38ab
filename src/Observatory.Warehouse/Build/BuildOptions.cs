using Observatory.Core.Home;

namespace Observatory.Warehouse.Build;

/// <summary>Settings of one <c>observatory build</c>.</summary>
public sealed record BuildOptions
{
    public required DataHome Home { get; init; }

    /// <summary>The <c>schemas/</c> directory; null = <see cref="Core.Reference.SchemasDirectory.Locate"/>.</summary>
    public string? SchemasDirectory { get; init; }

    /// <summary>The <c>etl/</c> directory; null = <see cref="EtlDirectory.Locate"/>.</summary>
    public string? EtlDirectory { get; init; }

    /// <summary>Published builds kept in <c>warehouse/builds</c> (the current one and the previous at least).</summary>
    public int KeepBuilds { get; init; } = 3;

    /// <summary>DuckDB storage version of the new file, so DuckDB 1.0 and later can read it.</summary>
    public string StorageVersion { get; init; } = "v1.0.0";

    public IBuildObserver? Observer { get; init; }
}
