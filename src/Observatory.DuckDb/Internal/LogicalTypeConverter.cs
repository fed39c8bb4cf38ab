using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>Copies a native logical type tree into a <see cref="DuckDbLogicalType"/>, destroying every child type it obtains.</summary>
internal static class LogicalTypeConverter
{
    public static DuckDbLogicalType FromNative(LogicalTypeHandle type)
    {
        var id = (DuckDbTypeId)NativeMethods.GetTypeId(type);
        var alias = NativeMethods.LogicalTypeGetAlias(type);
        return id switch
        {
            DuckDbTypeId.Decimal => new DuckDbLogicalType(id)
            {
                Alias = alias,
                DecimalWidth = NativeMethods.DecimalWidth(type),
                DecimalScale = NativeMethods.DecimalScale(type),
                StorageType = (DuckDbTypeId)NativeMethods.DecimalInternalType(type),
            },
            DuckDbTypeId.Enum => new DuckDbLogicalType(id)
            {
                Alias = alias,
                StorageType = (DuckDbTypeId)NativeMethods.EnumInternalType(type),
                EnumValues = ReadEnumValues(type),
            },
            DuckDbTypeId.List => new DuckDbLogicalType(id)
            {
                Alias = alias,
                ElementType = Child(NativeMethods.ListTypeChildType(type)),
            },
            DuckDbTypeId.Array => new DuckDbLogicalType(id)
            {
                Alias = alias,
                ElementType = Child(NativeMethods.ArrayTypeChildType(type)),
                ArraySize = checked((int)NativeMethods.ArrayTypeArraySize(type)),
            },
            DuckDbTypeId.Map => new DuckDbLogicalType(id)
            {
                Alias = alias,
                KeyType = Child(NativeMethods.MapTypeKeyType(type)),
                ValueType = Child(NativeMethods.MapTypeValueType(type)),
            },
            DuckDbTypeId.Struct => new DuckDbLogicalType(id)
            {
                Alias = alias,
                Fields = ReadFields(type),
            },
            _ => new DuckDbLogicalType(id) { Alias = alias },
        };
    }

    private static DuckDbLogicalType Child(LogicalTypeHandle child)
    {
        using (child)
        {
            return FromNative(child);
        }
    }

    private static string[] ReadEnumValues(LogicalTypeHandle type)
    {
        var count = NativeMethods.EnumDictionarySize(type);
        var values = new string[count];
        for (var i = 0u; i < count; i++)
        {
            values[i] = NativeMethods.EnumDictionaryValue(type, i) ?? string.Empty;
        }

        return values;
    }

    private static DuckDbStructField[] ReadFields(LogicalTypeHandle type)
    {
        var count = checked((int)NativeMethods.StructTypeChildCount(type));
        var fields = new DuckDbStructField[count];
        for (var i = 0; i < count; i++)
        {
            var name = NativeMethods.StructTypeChildName(type, (ulong)i) ?? string.Empty;
            fields[i] = new DuckDbStructField(name, Child(NativeMethods.StructTypeChildType(type, (ulong)i)));
        }

        return fields;
    }
}
