using System.Text;
using Observatory.Core.Values;
using Observatory.DuckDb;
using Observatory.Etl.Contracts;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Loading;

/// <summary>
/// The typed in-memory table <c>lake_rows</c> that receives the accepted records of one file
/// through an appender: every canonical column with its DuckDB type, a <c>&lt;measure&gt;_status</c>
/// after each measure, then the lineage columns <c>source_line</c>, <c>run_id</c>,
/// <c>source_sha256</c> and <c>contract_version</c>.
/// </summary>
internal sealed class LakeTable : IDisposable
{
    public const string Name = "lake_rows";

    private readonly ColumnLayout _layout;
    private readonly DuckDbAppender _appender;
    private readonly string _runId;
    private readonly string _sha256;
    private readonly int _contractVersion;

    public LakeTable(DuckDbConnection connection, ColumnLayout layout, string runId, string sha256)
    {
        _layout = layout;
        _runId = runId;
        _sha256 = sha256;
        _contractVersion = layout.Contract.ContractVersion;
        connection.Execute(CreateSql(layout));
        _appender = connection.CreateAppender(null, Name);
    }

    public long Rows { get; private set; }

    public static string DuckDbType(ColumnType type) => type switch
    {
        ColumnType.Int => "bigint",
        ColumnType.Decimal => "decimal(18,6)",
        ColumnType.Date => "date",
        _ => "varchar",
    };

    public static string CreateSql(ColumnLayout layout)
    {
        var sb = new StringBuilder("create or replace table ").Append(Name).Append(" (");
        for (var i = 0; i < layout.Count; i++)
        {
            var column = layout.Columns[i];
            sb.Append(SqlScripts.Identifier(column.Name)).Append(' ').Append(DuckDbType(column.Type)).Append(", ");
            if (layout.IsMeasure[i])
            {
                sb.Append(SqlScripts.Identifier(ColumnLayout.StatusColumn(column.Name))).Append(" varchar, ");
            }
        }

        return sb.Append("source_line bigint, run_id varchar, source_sha256 varchar, contract_version integer)").ToString();
    }

    public void Append(TypedRecord record)
    {
        for (var i = 0; i < _layout.Count; i++)
        {
            switch (record.Values[i])
            {
                case null: _appender.AppendNull(); break;
                case long l: _appender.Append(l); break;
                case string s: _appender.Append(s); break;
                case var other: _appender.Append(other); break;
            }

            if (_layout.IsMeasure[i])
            {
                _appender.Append(record.Statuses[i] is { } status ? status.ToCode() : null);
            }
        }

        _appender.Append((long)record.Line).Append(_runId).Append(_sha256).Append(_contractVersion);
        _appender.EndRow();
        Rows++;
    }

    /// <summary>Writes the buffered rows to the table.</summary>
    public void Flush() => _appender.Flush();

    public void Dispose() => _appender.Dispose();
}
