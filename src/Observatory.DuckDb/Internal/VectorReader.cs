using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>
/// Reads boxed values out of one vector. A tree of readers is built once per result column from its logical type,
/// then attached to each chunk's vector (children attach to child vectors). Values at NULL rows are never read.
/// </summary>
internal abstract unsafe class VectorReader
{
    protected void* Data { get; private set; }

    private ulong* _validity;

    /// <summary>The object this reader was last attached for (a chunk column), to re-attach lazily.</summary>
    public object? AttachedTo { get; private set; }

    public void Attach(IntPtr vector, object owner)
    {
        Data = NativeMethods.VectorGetData(vector);
        _validity = NativeMethods.VectorGetValidity(vector);
        AttachChildren(vector, owner);
        AttachedTo = owner;
    }

    protected virtual void AttachChildren(IntPtr vector, object owner)
    {
    }

    public bool IsValid(ulong row) => _validity == null || ((_validity[row >> 6] >> (int)(row & 63)) & 1) != 0;

    public object? Read(ulong row) => IsValid(row) ? ReadValid(row) : null;

    protected abstract object ReadValid(ulong row);
}
