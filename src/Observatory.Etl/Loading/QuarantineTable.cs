using Observatory.DuckDb;

namespace Observatory.Etl.Loading;

/// <summary>The in-memory table <c>quarantine_rows</c>: one row per rejected record, with its first error and the raw row.</summary>
internal sealed class QuarantineTable : IDisposable
{
    public const string Name = "quarantine_rows";

    private readonly DuckDbAppender _appender;
    private readonly string _source;
    private readonly string _sha256;
    private readonly string _runId;

    public QuarantineTable(DuckDbConnection connection, string source, string sha256, string runId)
    {
        connection.Execute(SqlScripts.Load("create_quarantine_table"));
        _appender = connection.CreateAppender(null, Name);
        _source = source;
        _sha256 = sha256;
        _runId = runId;
    }

    public long Rows { get; private set; }

    public void Append(QuarantinedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _appender.Append(row.File).Append(row.Sheet).Append(row.Line.HasValue ? (object)(long)row.Line.Value : null)
            .Append(row.Column).Append(row.RawValue).Append(row.ReasonCode).Append(row.Message)
            .Append(row.IssueCodes).Append(row.RawRow).Append(_source).Append(_sha256).Append(_runId);
        _appender.EndRow();
        Rows++;
    }

    public void Flush() => _appender.Flush();

    public void Dispose() => _appender.Dispose();
}

/// <summary>One rejected record as a person reads it in the quarantine CSV.</summary>
internal sealed record QuarantinedRow(
    string File, string? Sheet, int? Line, string? Column, string? RawValue, string ReasonCode, string Message, string IssueCodes, string? RawRow);
