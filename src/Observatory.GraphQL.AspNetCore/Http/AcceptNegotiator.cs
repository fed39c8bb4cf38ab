using System.Globalization;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header: the client's highest-quality
/// match among <c>application/graphql-response+json</c> and <c>application/json</c>; a missing
/// header, <c>*/*</c> or <c>application/*</c> get <c>application/json</c>; nothing acceptable
/// gives <c>null</c> (406). Also tells whether a browser asked for HTML (GraphiQL).
/// </summary>
public static class AcceptNegotiator
{
    public static GraphQLMediaType? Choose(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return GraphQLMediaType.Json;
        }

        GraphQLMediaType? best = null;
        var bestQuality = 0.0;
        foreach (var (mediaType, quality) in Parse(accept))
        {
            GraphQLMediaType? candidate = mediaType switch
            {
                GraphQLMediaTypes.GraphQLResponseJson => GraphQLMediaType.GraphQLResponseJson,
                GraphQLMediaTypes.Json or "*/*" or "application/*" => GraphQLMediaType.Json,
                _ => null,
            };
            if (candidate is not null && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Whether the client prefers an HTML page (a browser opening the endpoint).</summary>
    public static bool PrefersHtml(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return false;
        }

        var html = 0.0;
        var json = 0.0;
        foreach (var (mediaType, quality) in Parse(accept))
        {
            if (mediaType == "text/html")
            {
                html = Math.Max(html, quality);
            }
            else if (mediaType is GraphQLMediaTypes.Json or GraphQLMediaTypes.GraphQLResponseJson)
            {
                json = Math.Max(json, quality);
            }
        }

        return html > 0 && html >= json;
    }

    private static IEnumerable<(string MediaType, double Quality)> Parse(string accept)
    {
        foreach (var part in accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var quality = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parameter.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var q))
                {
                    quality = q;
                }
            }

            yield return (pieces[0].ToLowerInvariant(), quality);
        }
    }
}
