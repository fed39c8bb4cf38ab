using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace Observatory.DuckDb.Native;

/// <summary>Logical types: every returned <c>duckdb_logical_type</c> must be destroyed with <c>duckdb_destroy_logical_type</c>.</summary>
internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    internal static partial LogicalTypeHandle CreateLogicalType(NativeType type);

    [LibraryImport(Library, EntryPoint = "duckdb_create_decimal_type")]
    internal static partial LogicalTypeHandle CreateDecimalType(byte width, byte scale);

    [LibraryImport(Library, EntryPoint = "duckdb_create_list_type")]
    internal static partial LogicalTypeHandle CreateListType(LogicalTypeHandle childType);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    internal static partial void DestroyLogicalType(ref IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_get_type_id")]
    internal static partial NativeType GetTypeId(LogicalTypeHandle type);

    /// <summary><c>duckdb_logical_type_get_alias</c>: caller-owned (freed with <c>duckdb_free</c>), NULL without alias.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_logical_type_get_alias")]
    [return: MarshalUsing(typeof(OwnedUtf8StringMarshaller))]
    internal static partial string? LogicalTypeGetAlias(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_width")]
    internal static partial byte DecimalWidth(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_scale")]
    internal static partial byte DecimalScale(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_internal_type")]
    internal static partial NativeType DecimalInternalType(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_internal_type")]
    internal static partial NativeType EnumInternalType(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_size")]
    internal static partial uint EnumDictionarySize(LogicalTypeHandle type);

    /// <summary><c>duckdb_enum_dictionary_value</c>: caller-owned, freed with <c>duckdb_free</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_value")]
    [return: MarshalUsing(typeof(OwnedUtf8StringMarshaller))]
    internal static partial string? EnumDictionaryValue(LogicalTypeHandle type, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_list_type_child_type")]
    internal static partial LogicalTypeHandle ListTypeChildType(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_array_type_child_type")]
    internal static partial LogicalTypeHandle ArrayTypeChildType(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_array_type_array_size")]
    internal static partial ulong ArrayTypeArraySize(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_map_type_key_type")]
    internal static partial LogicalTypeHandle MapTypeKeyType(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_map_type_value_type")]
    internal static partial LogicalTypeHandle MapTypeValueType(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_struct_type_child_count")]
    internal static partial ulong StructTypeChildCount(LogicalTypeHandle type);

    /// <summary><c>duckdb_struct_type_child_name</c>: caller-owned, freed with <c>duckdb_free</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_struct_type_child_name")]
    [return: MarshalUsing(typeof(OwnedUtf8StringMarshaller))]
    internal static partial string? StructTypeChildName(LogicalTypeHandle type, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_struct_type_child_type")]
    internal static partial LogicalTypeHandle StructTypeChildType(LogicalTypeHandle type, ulong index);
}
