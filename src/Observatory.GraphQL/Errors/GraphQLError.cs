using Observatory.GraphQL.Language;

namespace Observatory.GraphQL.Errors;

/// <summary>
/// One entry of a response's <c>errors</c>: a message, optional 1-based locations, a path for execution
/// errors, and extensions (which hold <c>code</c>).
/// </summary>
public sealed record GraphQLError(string Message)
{
    /// <summary>Locations in the request document, or null.</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; init; }

    /// <summary>The response path (string keys and int indexes) of an execution error, or null.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>Extensions (<c>code</c> first), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The <c>extensions.code</c> value, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>The request error for a document that does not parse (code <c>GRAPHQL_PARSE_FAILED</c>).</summary>
    public static GraphQLError FromSyntaxException(GraphQLSyntaxException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new GraphQLError(exception.Message)
        {
            Locations = [new ErrorLocation(exception.Line, exception.Column)],
            Extensions = CodeExtensions(ErrorCodes.ParseFailed),
        };
    }

    /// <summary>Builds extensions holding a code followed by optional extra entries.</summary>
    public static IReadOnlyDictionary<string, object?> CodeExtensions(string code, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extra is not null)
        {
            foreach (var pair in extra)
            {
                map[pair.Key] = pair.Value;
            }
        }

        return map;
    }
}
