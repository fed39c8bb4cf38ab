using Observatory.DuckDb.Internal;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

/// <summary>
/// A prepared statement. Parameters are 1-based (<c>$1</c>, <c>?</c>) or named (<c>$name</c>); bindings persist across
/// executions until rebound or cleared. Owned by its connection's thread; dispose it.
/// </summary>
/// <remarks>Type mismatches (e.g. <c>'abc'</c> for <c>$1::INTEGER</c>) surface at execution as a Conversion error.</remarks>
public sealed partial class DuckDbStatement : IDisposable
{
    private readonly PreparedStatementHandle _handle;

    internal DuckDbStatement(PreparedStatementHandle handle)
    {
        _handle = handle;
        ParameterCount = checked((int)NativeMethods.ParameterCount(handle));
        StatementType = (DuckDbStatementType)NativeMethods.PreparedStatementType(handle);
    }

    /// <summary>Number of parameters.</summary>
    public int ParameterCount { get; }

    /// <summary>The kind of statement (use it to forbid writes on read paths).</summary>
    public DuckDbStatementType StatementType { get; }

    private PreparedStatementHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>The name of the 1-based parameter <paramref name="index"/> (its number for positional ones).</summary>
    public string? GetParameterName(int index) => NativeMethods.ParameterName(Handle, (ulong)index);

    /// <summary>The 1-based index of the named parameter (with or without its leading <c>$</c>).</summary>
    /// <exception cref="ArgumentException">No parameter has that name.</exception>
    public int GetParameterIndex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bare = name.StartsWith('$') ? name[1..] : name;
        if (NativeMethods.BindParameterIndex(Handle, out var index, bare) != NativeState.Success)
        {
            throw new ArgumentException($"The statement has no parameter named '${bare}'.", nameof(name));
        }

        return checked((int)index);
    }

    /// <summary>Binds the 1-based parameter <paramref name="index"/> (see <see cref="ParameterBinder"/> for CLR types).</summary>
    public DuckDbStatement Bind(int index, object? value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ParameterBinder.Bind(Handle, index, value);
        return this;
    }

    /// <summary>Binds the named parameter <paramref name="name"/> (<c>$name</c> or <c>name</c>).</summary>
    public DuckDbStatement Bind(string name, object? value) => Bind(GetParameterIndex(name), value);

    /// <summary>Clears every binding.</summary>
    public void ClearBindings() => _ = NativeMethods.ClearBindings(Handle);

    /// <summary>Executes with the current bindings and returns the materialized result (dispose it).</summary>
    /// <exception cref="DuckDbException">Execution failed (conversion of a bound value, constraint, interrupt…).</exception>
    public unsafe DuckDbResult Query()
    {
        var handle = Handle;
        var result = ResultHandle.Allocate();
        result.TrySetParent(handle);
        if (NativeMethods.ExecutePrepared(handle, result.Pointer) != NativeState.Success)
        {
            var exception = NativeErrors.FromResult(result);
            result.Dispose();
            throw exception;
        }

        return new DuckDbResult(result);
    }

    /// <summary>Executes with the current bindings and returns the number of rows changed.</summary>
    public long Execute()
    {
        using var result = Query();
        return result.RowsChanged;
    }

    public void Dispose() => _handle.Dispose();
}
