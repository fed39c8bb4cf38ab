using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace Observatory.DuckDb.Native;

/// <summary>
/// Marshals a caller-owned <c>char*</c> to a string, then releases the native copy with <c>duckdb_free</c>.
/// </summary>
[CustomMarshaller(typeof(string), MarshalMode.ManagedToUnmanagedOut, typeof(OwnedUtf8StringMarshaller))]
internal static unsafe class OwnedUtf8StringMarshaller
{
    public static string? ConvertToManaged(byte* unmanaged) => Marshal.PtrToStringUTF8((IntPtr)unmanaged);

    public static void Free(byte* unmanaged)
    {
        if (unmanaged != null)
        {
            NativeMethods.Free(unmanaged);
        }
    }
}
