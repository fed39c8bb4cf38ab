using System.Globalization;
using System.Text;
using Observatory.GraphQL.Errors;

namespace Observatory.Api.Schema;

/// <summary>Opaque Relay cursors: base64 of <c>offset:N</c>.</summary>
public static class Cursor
{
    private const string Prefix = "offset:";

    /// <summary>The largest offset a cursor may carry (a page past it cannot exist).</summary>
    private const long MaxOffset = int.MaxValue - 1;

    public static string Encode(long offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset of the row after <paramref name="cursor"/>; 0 when null.</summary>
    public static long After(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                && offset < MaxOffset)
            {
                return offset + 1;
            }
        }
        catch (FormatException)
        {
            // fall through to the error below
        }

        throw new GraphQLException($"Curseur invalide : « {cursor} ». Utilisez un curseur rendu par une page précédente (endCursor).", "BAD_USER_INPUT");
    }
}
