namespace Observatory.Api.Security;

/// <summary>
/// One analyst API key as configured (<c>Observatory:Analysts</c>): the analyst's name, their department and the
/// SHA-256 (hex) of the key. The key itself is never stored.
/// </summary>
public sealed class AnalystKey
{
    public string Name { get; set; } = string.Empty;

    public string Department { get; set; } = string.Empty;

    public string KeySha256 { get; set; } = string.Empty;
}

/// <summary>An authenticated analyst: sees the unmasked values of their own department.</summary>
public sealed record AnalystIdentity(string Name, string Department);
