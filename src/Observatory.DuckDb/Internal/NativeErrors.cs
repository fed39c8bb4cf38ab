using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>Turns native failure states into <see cref="DuckDbException"/>s carrying DuckDB's own message.</summary>
internal static unsafe class NativeErrors
{
    public static DuckDbException FromResult(ResultHandle result)
    {
        var message = NativeMethods.ResultError(result.Pointer) ?? "DuckDB reported an error without a message.";
        var type = (DuckDbErrorType)NativeMethods.ResultErrorType(result.Pointer);
        return new DuckDbException(type, message);
    }

    public static DuckDbException FromAppender(AppenderHandle appender, string operation)
    {
        using var error = NativeMethods.AppenderErrorData(appender);
        if (error.IsInvalid || !NativeMethods.ErrorDataHasError(error))
        {
            return new DuckDbException(DuckDbErrorType.Invalid, $"DuckDB appender {operation} failed without an error message.");
        }

        var type = (DuckDbErrorType)NativeMethods.ErrorDataErrorType(error);
        var message = NativeMethods.ErrorDataMessage(error) ?? $"DuckDB appender {operation} failed.";
        return new DuckDbException(type, message);
    }

    public static void ThrowIfBindFailed(NativeState state, int index, object? value)
    {
        if (state != NativeState.Success)
        {
            throw new DuckDbException(
                DuckDbErrorType.InvalidInput,
                $"Could not bind parameter {index} to a value of type {value?.GetType().Name ?? "null"} (index out of range or value rejected).");
        }
    }
}
