namespace Observatory.DuckDb;

/// <summary>
/// A failure reported by DuckDB: opening, preparing, binding, executing or appending. <see cref="Exception.Message"/>
/// is DuckDB's own text, which may quote SQL: map <see cref="ErrorType"/> to a code before it reaches an API client.
/// </summary>
/// <remarks>
/// Thrown only by <c>Observatory.DuckDb</c> (the native layer returns states). A query stopped by
/// <see cref="DuckDbConnection.Interrupt"/> raises this exception with <see cref="DuckDbErrorType.Interrupt"/>;
/// <see cref="DuckDbConnection.QueryAsync"/> turns it into an <see cref="OperationCanceledException"/> when its token was cancelled.
/// </remarks>
public sealed class DuckDbException : Exception
{
    public DuckDbException(DuckDbErrorType errorType, string message)
        : base(message)
    {
        ErrorType = errorType;
    }

    public DuckDbException(DuckDbErrorType errorType, string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorType = errorType;
    }

    public DuckDbException()
        : this(DuckDbErrorType.Invalid, "DuckDB error")
    {
    }

    public DuckDbException(string message)
        : this(DuckDbErrorType.Invalid, message)
    {
    }

    public DuckDbException(string message, Exception innerException)
        : this(DuckDbErrorType.Invalid, message, innerException)
    {
    }

    /// <summary>The error category (<c>duckdb_error_type</c>).</summary>
    public DuckDbErrorType ErrorType { get; }
}
