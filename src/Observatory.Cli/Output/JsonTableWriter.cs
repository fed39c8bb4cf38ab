using System.Text.Encodings.Web;
using System.Text.Json;

namespace Observatory.Cli.Output;

/// <summary>
/// Prints a result as one JSON array of objects, one per row, column names as keys and SQL NULL
/// as <c>null</c>. Values stay exact: integers are JSON numbers unless a HUGEINT would lose
/// digits in a double, and DECIMALs are numbers written from their exact text unless they have
/// more significant digits than a double keeps, in which case both are printed as strings.
/// </summary>
internal static class JsonTableWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(QueryTable table, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartArray();
        foreach (var row in table.Rows)
        {
            writer.WriteStartObject();
            for (var c = 0; c < table.Names.Count; c++)
            {
                writer.WritePropertyName(table.Names[c]);
                JsonValueWriter.Write(writer, row[c]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        output.Write("\n"u8);
    }
}
