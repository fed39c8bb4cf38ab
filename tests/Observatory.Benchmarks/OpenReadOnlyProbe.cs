using Observatory.DuckDb;

namespace Observatory.Benchmarks;

/// <summary>
/// Child-process helper for the DuckDB lock test: opens a file read-only and reports the outcome.
/// Exit code 0 = opened; 3 = DuckDB refused (message on standard error).
/// </summary>
internal static class OpenReadOnlyProbe
{
    public const int Refused = 3;

    public static int Run(string path)
    {
        try
        {
            using var database = DuckDbDatabase.Open(path, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
            using var connection = database.Connect();
            using var result = connection.Query("select 1");
            Console.WriteLine("opened");
            return 0;
        }
        catch (DuckDbException exception)
        {
            Console.Error.WriteLine($"{exception.ErrorType}: {exception.Message}");
            return Refused;
        }
    }
}
