using Observatory.DuckDb;

namespace Observatory.Benchmarks;

/// <summary>
/// The measured work: a table of (BIGINT, DOUBLE, VARCHAR) read back through the binding's typed accessors
/// (spans and UTF-8 views, no boxing), beside the same aggregation done inside DuckDB as the floor.
/// </summary>
internal sealed class ReadThroughput : IDisposable
{
    public const long DefaultRows = 10_000_000;

    private readonly DuckDbDatabase _database;
    private readonly DuckDbConnection _connection;

    public ReadThroughput(long rows)
    {
        Rows = rows;
        _database = DuckDbDatabase.Open(null, new DuckDbOptions { Threads = Environment.ProcessorCount });
        _connection = _database.Connect();
        _connection.Execute(
            $"create table t as select i::bigint as a, (i * 0.5)::double as b, 'row-' || (i % 100000)::varchar as c from range({rows}) r(i)");
    }

    public long Rows { get; }

    /// <summary>Values read per run (3 per row).</summary>
    public long Values => Rows * 3;

    /// <summary>Reads every value: sums a and b, sums the UTF-8 lengths of c.</summary>
    public (long SumA, double SumB, long SumLength) ReadWithSpans()
    {
        long sumA = 0, sumLength = 0;
        double sumB = 0;
        using var result = _connection.Query("select a, b, c from t");
        foreach (var chunk in result.Chunks())
        {
            var a = chunk[0].GetValues<long>();
            var b = chunk[1].GetValues<double>();
            var c = chunk[2];
            for (var row = 0; row < a.Length; row++)
            {
                sumA += a[row];
                sumB += b[row];
                sumLength += c.GetUtf8(row).Length;
            }
        }

        return (sumA, sumB, sumLength);
    }

    /// <summary>As <see cref="ReadWithSpans"/>, but each VARCHAR becomes a .NET string.</summary>
    public (long SumA, double SumB, long SumLength) ReadWithStrings()
    {
        long sumA = 0, sumLength = 0;
        double sumB = 0;
        using var result = _connection.Query("select a, b, c from t");
        foreach (var chunk in result.Chunks())
        {
            var a = chunk[0].GetValues<long>();
            var b = chunk[1].GetValues<double>();
            var c = chunk[2];
            for (var row = 0; row < a.Length; row++)
            {
                sumA += a[row];
                sumB += b[row];
                sumLength += c.GetString(row)!.Length;
            }
        }

        return (sumA, sumB, sumLength);
    }

    /// <summary>The floor: the same aggregation inside DuckDB.</summary>
    public (long SumA, double SumB, long SumLength) AggregateInDuckDb()
    {
        using var result = _connection.Query("select sum(a)::bigint, sum(b)::double, sum(strlen(c))::bigint from t");
        var row = result.Rows().Single();
        return ((long)row[0]!, (double)row[1]!, (long)row[2]!);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }
}
