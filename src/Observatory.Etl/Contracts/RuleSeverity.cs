namespace Observatory.Etl.Contracts;

/// <summary>Effect of a failed row rule.</summary>
public enum RuleSeverity
{
    /// <summary>The row is quarantined.</summary>
    Error,

    /// <summary>The row is kept and the issue reported.</summary>
    Warning,
}
