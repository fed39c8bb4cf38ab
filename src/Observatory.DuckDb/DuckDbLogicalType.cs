namespace Observatory.DuckDb;

/// <summary>
/// A managed copy of a DuckDB logical type tree (no native handle is kept). <see cref="ToString"/> gives DuckDB's
/// type name: <c>DECIMAL(18,3)</c>, <c>INTEGER[]</c>, <c>STRUCT(a INTEGER, b VARCHAR)</c>.
/// </summary>
public sealed partial class DuckDbLogicalType
{
    private static readonly IReadOnlyList<DuckDbStructField> NoFields = [];
    private static readonly IReadOnlyList<string> NoValues = [];

    internal DuckDbLogicalType(DuckDbTypeId id)
    {
        Id = id;
    }

    /// <summary>The type id.</summary>
    public DuckDbTypeId Id { get; }

    /// <summary>The alias (for example <c>JSON</c> over VARCHAR), or null.</summary>
    public string? Alias { get; init; }

    /// <summary>DECIMAL width (total digits); 0 for other types.</summary>
    public byte DecimalWidth { get; init; }

    /// <summary>DECIMAL scale (digits after the point); 0 for other types.</summary>
    public byte DecimalScale { get; init; }

    /// <summary>The element type of a LIST or ARRAY, else null.</summary>
    public DuckDbLogicalType? ElementType { get; init; }

    /// <summary>The fixed length of an ARRAY, else 0.</summary>
    public int ArraySize { get; init; }

    /// <summary>The fields of a STRUCT (or UNION members), else empty.</summary>
    public IReadOnlyList<DuckDbStructField> Fields { get; init; } = NoFields;

    /// <summary>The key type of a MAP, else null.</summary>
    public DuckDbLogicalType? KeyType { get; init; }

    /// <summary>The value type of a MAP, else null.</summary>
    public DuckDbLogicalType? ValueType { get; init; }

    /// <summary>The dictionary of an ENUM, in index order, else empty.</summary>
    public IReadOnlyList<string> EnumValues { get; init; } = NoValues;

    /// <summary>The storage type of a DECIMAL (SMALLINT…HUGEINT) or ENUM (UTINYINT…UINTEGER); Invalid otherwise.</summary>
    public DuckDbTypeId StorageType { get; init; }
}
