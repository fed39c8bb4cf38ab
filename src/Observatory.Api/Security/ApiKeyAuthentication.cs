using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Observatory.Api.Security;

/// <summary>
/// Reads an analyst key from <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>, hashes it (SHA-256) and
/// compares it, in constant time, with the configured hashes. No key: anonymous. An unknown key: 401 with a French
/// message, whatever the path.
/// </summary>
public sealed class ApiKeyAuthentication
{
    public const string SectionName = "Observatory:Analysts";

    private const string ItemKey = "Observatory.Analyst";

    private readonly IReadOnlyList<(byte[] Hash, AnalystIdentity Identity)> _keys;

    public ApiKeyAuthentication(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection(SectionName).Get<List<AnalystKey>>() ?? [];
        var keys = new List<(byte[], AnalystIdentity)>(configured.Count);
        for (var i = 0; i < configured.Count; i++)
        {
            var key = configured[i];
            var hex = key.KeySha256.Trim();
            if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit) || string.IsNullOrWhiteSpace(key.Department))
            {
                throw new InvalidOperationException(
                    $"{SectionName}:{i} ({key.Name}) needs a Department and a KeySha256 of 64 hex digits (sha256sum of the key).");
            }

            keys.Add((Convert.FromHexString(hex), new AnalystIdentity(key.Name, key.Department.Trim())));
        }

        _keys = keys;
    }

    /// <summary>The analyst of the request, or null when anonymous.</summary>
    public static AnalystIdentity? Analyst(HttpContext context) =>
        context?.Items.TryGetValue(ItemKey, out var value) == true ? value as AnalystIdentity : null;

    /// <summary>The hex SHA-256 of a key, as written in the configuration.</summary>
    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var key = PresentedKey(context.Request);
        if (key is not null)
        {
            var identity = Find(key);
            if (identity is null)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await context.Response.WriteAsJsonAsync(new
                {
                    errors = new[]
                    {
                        new
                        {
                            message = "Clé d'API inconnue : vérifiez la clé envoyée (Authorization: Bearer <clé> ou X-Api-Key), ou retirez-la pour un accès public.",
                            extensions = new { code = "UNAUTHENTICATED" },
                        },
                    },
                }).ConfigureAwait(false);
                return;
            }

            context.Items[ItemKey] = identity;
        }

        await next(context).ConfigureAwait(false);
    }

    private AnalystIdentity? Find(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        AnalystIdentity? found = null;
        foreach (var (expected, identity) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(expected, hash))
            {
                found = identity;
            }
        }

        return found;
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var apiKey = request.Headers["X-Api-Key"].ToString();
        return apiKey.Length > 0 ? apiKey.Trim() : null;
    }
}
