using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Observatory.GraphQL.Errors;

namespace Observatory.GraphQL.Execution;

/// <summary>
/// A response: <see cref="Data"/> (ordered as the selection, absent for request errors), <see cref="Errors"/>
/// and <see cref="Extensions"/>. Serialize it with <see cref="WriteTo"/>.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
    }

    /// <summary>False for request errors (no <c>data</c> key); true once execution started, even if data is null.</summary>
    public bool HasData { get; }

    /// <summary>The data map, or null (request error, or a null that reached the root).</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Errors in the order they occurred; empty when none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Response extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>True when the request failed before execution (parse, validation, operation or variable errors).</summary>
    public bool IsRequestError => !HasData;

    /// <summary>An executed result (data may be null).</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors) => new(true, data, errors);

    /// <summary>A request error: no <c>data</c> key.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);

    /// <summary>A copy of this result with <paramref name="extensions"/> as its response extensions.</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) =>
        new(HasData, Data, Errors) { Extensions = extensions };

    /// <summary>Writes the response object (<c>errors</c> first if any, then <c>data</c>, then <c>extensions</c>).</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResultWriter.Write(writer, this);

    /// <summary>
    /// Writer options for response bodies: compact, and only the characters JSON requires are escaped
    /// (accented French text stays readable). Not meant for embedding in HTML.
    /// </summary>
    public static JsonWriterOptions ResponseWriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The response as compact JSON text, written with <see cref="ResponseWriterOptions"/>.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResponseWriterOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
