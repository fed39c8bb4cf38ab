namespace Observatory.DuckDb.Tests;

/// <summary>Connections: queries, multi-statement strings, interrupt, progress, async cancellation, dispose order.</summary>
public sealed class ConnectionTests
{
    private const string LongQuery = "select sum(a.i * b.i) from range(200000) a(i), range(200000) b(i)";

    [Fact]
    public async Task Interrupt_FromAnotherThread_CancelsQueryAndConnectionStaysUsable()
    {
        using var connection = Oracle.Connect();
        using var stop = new CancellationTokenSource();
        var interrupter = Task.Run(async () =>
        {
            // Keep interrupting until the query is gone: an interrupt sent before the query starts is reset by it.
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(100);
                connection.Interrupt();
            }
        });

        var exception = Assert.Throws<DuckDbException>(() => connection.Query(LongQuery));
        await stop.CancelAsync();
        await interrupter;

        Assert.Equal(DuckDbErrorType.Interrupt, exception.ErrorType);
        Assert.Contains("Interrupted", exception.Message, StringComparison.Ordinal);
        using var result = connection.Query("select 42");
        Assert.Equal(42, Assert.Single(result.Rows())[0]);
    }

    [Fact]
    public async Task QueryAsync_TokenCancelled_ThrowsOperationCanceledAndConnectionStaysUsable()
    {
        using var connection = Oracle.Connect();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.QueryAsync(LongQuery, cancellation.Token));
        using var result = await connection.QueryAsync("select 42");
        Assert.Equal(42, Assert.Single(result.Rows())[0]);
    }

    [Fact]
    public void Interrupt_AfterDispose_IsANoOp()
    {
        var connection = Oracle.Connect();
        connection.Dispose();
        connection.Interrupt();
        Assert.Equal(DuckDbQueryProgress.Unknown, connection.Progress);
        Assert.Throws<ObjectDisposedException>(() => connection.Query("select 1"));
    }

    [Fact]
    public void Progress_WhenIdle_IsUnknownPercentage()
    {
        using var connection = Oracle.Connect();
        Assert.Equal(-1, connection.Progress.Percentage);
    }

    [Fact]
    public void Query_MultipleStatements_RunsAllAndReturnsFirstResult()
    {
        using var connection = Oracle.Connect();
        using (var result = connection.Query("select 1 as a; create table side_effect as select 2 as b"))
        {
            Assert.Equal("a", Assert.Single(result.Columns).Name);
            Assert.Equal(1, Assert.Single(result.Rows())[0]);
        }

        using var check = connection.Query("select b from side_effect");
        Assert.Equal(2, Assert.Single(check.Rows())[0]);
    }

    [Fact]
    public void Query_MissingTable_ThrowsCatalogError()
    {
        using var connection = Oracle.Connect();
        var exception = Assert.Throws<DuckDbException>(() => connection.Query("select * from nope"));
        Assert.Equal(DuckDbErrorType.Catalog, exception.ErrorType);
        Assert.Contains("nope", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_Dml_ReturnsRowsChanged()
    {
        using var connection = Oracle.Connect();
        Assert.Equal(0, connection.Execute("create table t (a integer)"));
        Assert.Equal(3, connection.Execute("insert into t select * from range(3)"));
        Assert.Equal(2, connection.Execute("delete from t where a > 0"));
    }

    [Fact]
    public void Dispose_DatabaseAndConnectionBeforeResult_ResultStillReadable()
    {
        var database = DuckDbDatabase.Open(null);
        var connection = database.Connect();
        var result = connection.Query("select i from range(5000) r(i)");
        var chunk = result.FetchChunk()!;
        database.Dispose();
        connection.Dispose();
        Assert.Equal(2048, chunk.RowCount);
        Assert.Equal(5000 - 2048, result.Rows().Count());
        result.Dispose();
        Assert.Equal(0L, chunk.GetVector(0).GetValues<long>()[0]);
        chunk.Dispose();
        Assert.Throws<ObjectDisposedException>(() => chunk.GetVector(0));
    }

    [Fact]
    public void Dispose_ConnectionBeforeStatement_StatementStillExecutes()
    {
        using var database = DuckDbDatabase.Open(null);
        var connection = database.Connect();
        using var statement = connection.Prepare("select $1 + 1");
        connection.Dispose();
        using var result = statement.Bind(1, 41).Query();
        Assert.Equal(42, Assert.Single(result.Rows())[0]);
    }

    [Fact]
    public async Task Interrupt_RacingWithDispose_NeverCrashes()
    {
        for (var i = 0; i < 50; i++)
        {
            var connection = Oracle.Connect();
            var racer = Task.Run(() =>
            {
                for (var j = 0; j < 50; j++)
                {
                    connection.Interrupt();
                    _ = connection.Progress;
                }
            });
            connection.Dispose();
            await racer;
        }
    }
}
