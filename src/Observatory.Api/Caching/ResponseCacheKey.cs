using System.Text;
using System.Text.Json;
using Observatory.GraphQL.AspNetCore.Http;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.Api.Caching;

/// <summary>
/// The cache key of a GraphQL request: edition run id, caller (anonymous or analyst department), negotiated media
/// type, SHA-256 of the document, operation name and the variables in canonical JSON form (object keys sorted).
/// </summary>
internal static class ResponseCacheKey
{
    /// <summary>The key, or null when the request must not be cached (unreadable, or it selects edition-independent data).</summary>
    public static string? Build(string edition, string caller, string mediaType, string? document, string? operationName, JsonElement? variables)
    {
        if (string.IsNullOrWhiteSpace(document) || SelectsEditionIndependentData(document))
        {
            return null;
        }

        var builder = new StringBuilder(256)
            .Append(edition).Append('\n')
            .Append(caller).Append('\n')
            .Append(mediaType).Append('\n')
            .Append(QueryHash.Compute(document)).Append('\n')
            .Append(operationName ?? string.Empty).Append('\n');
        if (variables is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                WriteCanonical(writer, value);
            }

            builder.Append(Encoding.UTF8.GetString(stream.ToArray()));
        }

        return builder.ToString();
    }

    /// <summary>Root fields whose data is not fixed by the edition (the run history of the data home).</summary>
    private static readonly HashSet<string> EditionIndependentRootFields = new(StringComparer.Ordinal) { "runs" };

    /// <summary>
    /// Whether the document must not be cached: unparsable (the endpoint reports it), not only queries, or a root field
    /// of an operation reads edition-independent data (<c>runs</c>), directly or through fragments.
    /// </summary>
    public static bool SelectsEditionIndependentData(string document)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxException)
        {
            return true;
        }

        var fragments = parsed.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var operation in parsed.Definitions.OfType<OperationDefinitionNode>())
        {
            if (operation.Operation != OperationType.Query
                || Schema.SelectionProbe.Any(operation.SelectionSet, fragments, field => EditionIndependentRootFields.Contains(field.Name.Value), deep: false))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
