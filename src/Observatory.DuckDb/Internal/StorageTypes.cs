namespace Observatory.DuckDb.Internal;

/// <summary>The CLR type matching the physical storage of fixed-width DuckDB types.</summary>
internal static class StorageTypes
{
    public static Type? ClrStorageType(DuckDbLogicalType type) => type.Id switch
    {
        DuckDbTypeId.Boolean => typeof(bool),
        DuckDbTypeId.TinyInt => typeof(sbyte),
        DuckDbTypeId.SmallInt => typeof(short),
        DuckDbTypeId.Integer or DuckDbTypeId.Date => typeof(int),
        DuckDbTypeId.BigInt or DuckDbTypeId.Time or DuckDbTypeId.Timestamp or DuckDbTypeId.TimestampS
            or DuckDbTypeId.TimestampMs or DuckDbTypeId.TimestampNs or DuckDbTypeId.TimestampTz => typeof(long),
        DuckDbTypeId.UTinyInt => typeof(byte),
        DuckDbTypeId.USmallInt => typeof(ushort),
        DuckDbTypeId.UInteger => typeof(uint),
        DuckDbTypeId.UBigInt => typeof(ulong),
        DuckDbTypeId.HugeInt => typeof(Int128),
        DuckDbTypeId.UHugeInt => typeof(UInt128),
        DuckDbTypeId.Float => typeof(float),
        DuckDbTypeId.Double => typeof(double),
        DuckDbTypeId.Decimal or DuckDbTypeId.Enum => ClrStorageType(new DuckDbLogicalType(type.StorageType)),
        _ => null,
    };
}
