using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>
/// Base of every DuckDB handle. A handle may hold a reference on its parent (a statement on its connection,
/// a chunk on its result), so that disposing objects in any order never frees the parent first:
/// the parent's native release waits until its last child is released.
/// </summary>
internal abstract class DuckDbSafeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private SafeHandle? _parent;

    protected DuckDbSafeHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Keeps <paramref name="parent"/> alive until this handle is released. Call once, right after creation.</summary>
    /// <returns><c>false</c> when the parent was already closed (nothing is held then).</returns>
    public bool TrySetParent(SafeHandle parent)
    {
        if (IsInvalid || _parent is not null)
        {
            return false;
        }

        var added = false;
        try
        {
            parent.DangerousAddRef(ref added);
        }
        catch (ObjectDisposedException)
        {
            return false;
        }

        if (added)
        {
            _parent = parent;
        }

        return added;
    }

    protected sealed override bool ReleaseHandle()
    {
        ReleaseNative(handle);
        var parent = Interlocked.Exchange(ref _parent, null);
        parent?.DangerousRelease();
        return true;
    }

    /// <summary>Calls the native destroy function of this handle type.</summary>
    protected abstract void ReleaseNative(IntPtr raw);
}
