using System.Globalization;
using Observatory.DuckDb;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Models;

namespace Observatory.Warehouse.Testing;

/// <summary>
/// Runs every model's data tests and the <c>etl/tests/assert_*.sql</c> assertions. A test's SQL returns
/// the offending rows; the test passes when it returns none.
/// </summary>
public static class DataTestRunner
{
    private const int SampleSize = 5;

    public static (int Run, IReadOnlyList<DataTestFailure> Failures) Run(DuckDbConnection connection, ModelCatalog catalog)
    {
        var failures = new List<DataTestFailure>();
        var run = 0;
        foreach (var model in ModelGraph.Order(catalog.Models))
        {
            foreach (var test in model.Tests)
            {
                run++;
                Check(connection, model.Name, test, failures);
            }
        }

        foreach (var assertion in catalog.Assertions)
        {
            run++;
            Check(connection, "etl/tests", assertion, failures);
        }

        return (run, failures);
    }

    private static void Check(DuckDbConnection connection, string model, ModelTest test, List<DataTestFailure> failures)
    {
        long count;
        try
        {
            using var result = connection.Query($"select count(*) from ({test.FailingRowsSql}) as offending");
            count = Convert.ToInt64(result.Rows().First()[0], CultureInfo.InvariantCulture);
        }
        catch (DuckDbException ex)
        {
            throw new ModelRunException($"Test {test.Name} of {model} could not run: {ex.Message}", ex);
        }

        if (count == 0)
        {
            return;
        }

        var samples = new List<string>();
        using (var result = connection.Query($"select * from ({test.FailingRowsSql}) as offending limit {SampleSize}"))
        {
            var names = result.Columns.Select(c => c.Name).ToList();
            foreach (var row in result.Rows())
            {
                samples.Add(string.Join(", ", names.Select((n, i) => $"{n}={Format(row[i])}")));
            }
        }

        failures.Add(new DataTestFailure(model, test.Name, count, test.Blocking, samples));
    }

    private static string Format(object? value) => value switch
    {
        null => "NULL",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
