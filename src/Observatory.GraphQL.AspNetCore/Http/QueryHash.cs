using System.Security.Cryptography;
using System.Text;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>The lowercase hex SHA-256 of a query's UTF-8 text (the APQ hash, and the document cache key).</summary>
public static class QueryHash
{
    public static string Compute(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = Encoding.UTF8.GetBytes(query);
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}
