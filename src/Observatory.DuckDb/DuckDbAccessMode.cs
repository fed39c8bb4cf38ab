namespace Observatory.DuckDb;

/// <summary>DuckDB's <c>access_mode</c> setting.</summary>
public enum DuckDbAccessMode
{
    /// <summary>Read-write when the file can be written, else read-only (DuckDB's default).</summary>
    Automatic,

    /// <summary>Read-only: several processes may open the file at once.</summary>
    ReadOnly,

    /// <summary>Read-write: the process holds an exclusive lock on the file.</summary>
    ReadWrite,
}
