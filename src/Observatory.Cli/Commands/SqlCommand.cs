using System.CommandLine;
using System.Text;
using Observatory.Cli.Hosting;
using Observatory.Cli.Output;
using Observatory.Core.Home;
using Observatory.DuckDb;

namespace Observatory.Cli.Commands;

/// <summary>
/// <c>observatory sql "SELECT …" [--format table|csv|json] [--home DIR] [--memory]</c>: runs one
/// read-only query on the published warehouse of the data home (or on an empty in-memory
/// database) and prints the result. Exit 0 on success, 1 when the query fails (DuckDB's message,
/// never a stack trace), 2 on a usage error.
/// </summary>
internal static class SqlCommand
{
    private static readonly HashSet<DuckDbStatementType> ReadOnlyStatements =
    [
        DuckDbStatementType.Select,
        DuckDbStatementType.Explain,
    ];

    public static Command Create(Option<string?> homeOption, CliConsole console)
    {
        var query = new Argument<string>("requête")
        {
            Description = "La requête SQL (une seule instruction de lecture, SELECT …).",
        };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Format de sortie : table, csv ou json.",
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        var memory = new Option<bool>("--memory")
        {
            Description = "Exécute la requête sur une base vide en mémoire au lieu de l'entrepôt publié.",
        };

        var command = new Command("sql", "Exécute une requête SQL en lecture seule sur l'entrepôt publié.")
        {
            query,
            format,
            memory,
        };
        command.SetAction(parse => Run(
            parse.GetValue(query)!,
            parse.GetValue(format),
            parse.GetValue(memory),
            DataHome.Resolve(parse.GetValue(homeOption)),
            console));
        return command;
    }

    internal static int Run(string sql, OutputFormat format, bool memory, DataHome home, CliConsole console)
    {
        string? path = null;
        if (!memory)
        {
            path = home.TryGetPublishedWarehouse(out var problem);
            if (path is null)
            {
                console.Error.WriteLine(problem + " Pour une requête sans entrepôt : --memory.");
                return ExitCodes.Failed;
            }
        }

        try
        {
            var options = new DuckDbOptions { AccessMode = memory ? DuckDbAccessMode.Automatic : DuckDbAccessMode.ReadOnly };
            using var database = DuckDbDatabase.Open(path, options);
            using var connection = database.Connect();
            using var statement = connection.Prepare(sql);
            if (!ReadOnlyStatements.Contains(statement.StatementType))
            {
                console.Error.WriteLine($"Seules les requêtes de lecture (SELECT) sont acceptées ; reçu une instruction {statement.StatementType}.");
                return ExitCodes.Failed;
            }

            using var result = statement.Query();
            var table = QueryTable.Read(result);
            Print(table, format, console);
            return ExitCodes.Ok;
        }
        catch (DuckDbException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
    }

    private static void Print(QueryTable table, OutputFormat format, CliConsole console)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                CsvTableWriter.Write(table, console.Out);
                break;
            case OutputFormat.Json:
                using (var buffer = new MemoryStream())
                {
                    JsonTableWriter.Write(table, buffer);
                    console.Out.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }

                break;
            default:
                TextTableWriter.Write(table, console.Out);
                break;
        }
    }
}
