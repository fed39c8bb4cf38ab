using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace Observatory.DuckDb.Native;

/// <summary>
/// Marshals a borrowed <c>const char*</c> (owned by a result, statement or the library) to a string without freeing it.
/// </summary>
[CustomMarshaller(typeof(string), MarshalMode.ManagedToUnmanagedOut, typeof(BorrowedUtf8StringMarshaller))]
internal static unsafe class BorrowedUtf8StringMarshaller
{
    public static string? ConvertToManaged(byte* unmanaged) => Marshal.PtrToStringUTF8((IntPtr)unmanaged);
}
