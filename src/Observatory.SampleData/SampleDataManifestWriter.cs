using System.Text.Encodings.Web;
using System.Text.Json;

namespace Observatory.SampleData;

/// <summary>Writes a <see cref="SampleDataManifest"/> as indented JSON with a fixed property order (deterministic bytes).</summary>
public static class SampleDataManifestWriter
{
    public static void Write(SampleDataManifest manifest, string path)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        File.WriteAllBytes(path, ToUtf8Json(manifest));
    }

    public static byte[] ToUtf8Json(SampleDataManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("seed", manifest.Seed);
            json.WriteNumber("firstYear", manifest.FirstYear);
            json.WriteNumber("lastYear", manifest.LastYear);
            json.WriteBoolean("national", manifest.National);
            json.WriteBoolean("withDefects", manifest.WithDefects);
            json.WriteNumber("totalFiles", manifest.Files.Count);
            json.WriteNumber("totalRows", manifest.TotalRows);
            WriteStrings(json, "departments", manifest.Departments);
            WriteStrings(json, "nationalSources", manifest.NationalSources);
            json.WriteStartArray("files");
            foreach (var file in manifest.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.RelativePath);
                json.WriteString("source", file.SourceId);
                json.WriteString("vintage", file.Vintage);
                json.WriteNumber("rows", file.Rows);
                json.WriteString("sha256", file.Sha256);
                json.WriteBoolean("defective", file.IsDefective);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("defects");
            foreach (var defect in manifest.Defects)
            {
                json.WriteStartObject();
                json.WriteString("file", defect.RelativePath);
                json.WriteString("kind", defect.Kind);
                json.WriteString("expectedReason", defect.ExpectedReason);
                WriteOptional(json, "line", defect.Line);
                WriteOptional(json, "sheet", defect.Sheet);
                WriteOptional(json, "row", defect.Row);
                WriteOptional(json, "column", defect.Column);
                WriteOptional(json, "value", defect.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("communes");
            foreach (var commune in manifest.Communes)
            {
                json.WriteStartObject();
                json.WriteString("code", commune.Code);
                json.WriteString("label", commune.Label);
                json.WriteString("department", commune.DepartmentCode);
                json.WriteBoolean("invented", commune.Invented);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "notes", manifest.Notes);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
