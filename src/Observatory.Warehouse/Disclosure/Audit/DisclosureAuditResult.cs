namespace Observatory.Warehouse.Disclosure.Audit;

/// <summary>What one attacker (anonymous, or the analyst of one department) recovers.</summary>
public sealed record DisclosureAuditResult
{
    /// <summary>The analyst's department, or null for the anonymous caller.</summary>
    public string? KnownDepartment { get; init; }

    /// <summary>Every hidden number of a <c>secret</c> cell the attacker determines, ordered by cell.</summary>
    public IReadOnlyList<RecoveredCell> Recovered { get; init; } = [];

    /// <summary>Secret cells targeted (<c>pub.indicator_values</c> and <c>pub.tension</c> rows; an analyst's department excluded).</summary>
    public int HiddenCells { get; init; }

    /// <summary>Hidden numbers targeted (each field of each secret cell).</summary>
    public int HiddenNumbers { get; init; }

    /// <summary>Linear equations the attacker solved (hypotheses kept after checking them on the data).</summary>
    public int Equations { get; init; }

    /// <summary>Unknowns (hidden and latent quantities after merging linked ones).</summary>
    public int Unknowns { get; init; }

    /// <summary>The hypotheses the attacker checked on the data, kept or rejected, in English.</summary>
    public IReadOnlyList<string> Hypotheses { get; init; } = [];

    /// <summary>Components whose elimination disagreed with the equations (values discarded), for diagnosis.</summary>
    public int InconsistentComponents { get; init; }

    /// <summary>Derivations that landed on a value other than the true one (a hypothesis the hidden cells break): not disclosures.</summary>
    public int WrongDerivations { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>True when no hidden cell can be recovered.</summary>
    public bool Passed => Recovered.Count == 0;
}
