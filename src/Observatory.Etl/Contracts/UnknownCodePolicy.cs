namespace Observatory.Etl.Contracts;

/// <summary>What to do with a code missing from its reference list (<c>reference: { unknown: … }</c>).</summary>
public enum UnknownCodePolicy
{
    /// <summary>Quarantine the row.</summary>
    Error,

    /// <summary>Keep the row, report an issue.</summary>
    Warning,

    /// <summary>Keep silently: the list documents the codes but the source legitimately has others.</summary>
    Keep,
}
