using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>Builds the reader tree of a column from its logical type.</summary>
internal static class ReaderFactory
{
    public static VectorReader Create(DuckDbLogicalType type) => type.Id switch
    {
        DuckDbTypeId.Boolean => new PrimitiveReader<bool>(),
        DuckDbTypeId.TinyInt => new PrimitiveReader<sbyte>(),
        DuckDbTypeId.SmallInt => new PrimitiveReader<short>(),
        DuckDbTypeId.Integer => new PrimitiveReader<int>(),
        DuckDbTypeId.BigInt => new PrimitiveReader<long>(),
        DuckDbTypeId.UTinyInt => new PrimitiveReader<byte>(),
        DuckDbTypeId.USmallInt => new PrimitiveReader<ushort>(),
        DuckDbTypeId.UInteger => new PrimitiveReader<uint>(),
        DuckDbTypeId.UBigInt => new PrimitiveReader<ulong>(),
        DuckDbTypeId.HugeInt => new PrimitiveReader<Int128>(),
        DuckDbTypeId.UHugeInt => new PrimitiveReader<UInt128>(),
        DuckDbTypeId.Float => new PrimitiveReader<float>(),
        DuckDbTypeId.Double => new PrimitiveReader<double>(),
        DuckDbTypeId.Decimal => CreateDecimal(type),
        DuckDbTypeId.Varchar => new StringReader(blob: false),
        DuckDbTypeId.Blob => new StringReader(blob: true),
        DuckDbTypeId.Date => new ConvertingReader<int>(static days => new DuckDbDate(days)),
        DuckDbTypeId.Time => new ConvertingReader<long>(static micros => ValueConversions.ToTimeOnly(micros)),
        DuckDbTypeId.Timestamp => Timestamp(DuckDbTimestampKind.Microseconds),
        DuckDbTypeId.TimestampS => Timestamp(DuckDbTimestampKind.Seconds),
        DuckDbTypeId.TimestampMs => Timestamp(DuckDbTimestampKind.Milliseconds),
        DuckDbTypeId.TimestampNs => Timestamp(DuckDbTimestampKind.Nanoseconds),
        DuckDbTypeId.TimestampTz => Timestamp(DuckDbTimestampKind.MicrosecondsUtc),
        DuckDbTypeId.Interval => new ConvertingReader<NativeInterval>(static i => new DuckDbInterval(i.Months, i.Days, i.Micros)),
        DuckDbTypeId.Uuid => new ConvertingReader<NativeHugeInt>(static h => ValueConversions.ToGuid(h)),
        DuckDbTypeId.Enum => new EnumReader(type.EnumValues, EnumIndexWidth(type.StorageType)),
        DuckDbTypeId.List => new ListReader(Create(type.ElementType!)),
        DuckDbTypeId.Array => new ArrayReader(Create(type.ElementType!), type.ArraySize),
        DuckDbTypeId.Struct => new StructReader(
            [.. type.Fields.Select(f => f.Name)],
            [.. type.Fields.Select(f => Create(f.Type))]),
        DuckDbTypeId.Map => new MapReader(Create(type.KeyType!), Create(type.ValueType!)),
        _ => new UnsupportedReader(type),
    };

    private static ConvertingReader<long> Timestamp(DuckDbTimestampKind kind) => new(value => new DuckDbTimestamp(value, kind));

    private static VectorReader CreateDecimal(DuckDbLogicalType type)
    {
        var width = type.DecimalWidth;
        var scale = type.DecimalScale;
        return type.StorageType switch
        {
            DuckDbTypeId.SmallInt => new ConvertingReader<short>(v => new DuckDbDecimal(v, width, scale)),
            DuckDbTypeId.Integer => new ConvertingReader<int>(v => new DuckDbDecimal(v, width, scale)),
            DuckDbTypeId.BigInt => new ConvertingReader<long>(v => new DuckDbDecimal(v, width, scale)),
            _ => new ConvertingReader<Int128>(v => new DuckDbDecimal(v, width, scale)),
        };
    }

    private static int EnumIndexWidth(DuckDbTypeId storage) => storage switch
    {
        DuckDbTypeId.UTinyInt => 1,
        DuckDbTypeId.USmallInt => 2,
        _ => 4,
    };
}
