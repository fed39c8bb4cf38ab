namespace Observatory.Etl.Contracts;

/// <summary>The shape of a row rule.</summary>
public enum RuleKind
{
    /// <summary><c>check: "a + b &lt;= c"</c>.</summary>
    Check,

    /// <summary><c>non_negative: [columns]</c>.</summary>
    NonNegative,

    /// <summary><c>unique: [columns]</c>.</summary>
    Unique,

    /// <summary><c>when: { column: c, in: [values] }</c> with <c>filled: [columns]</c> or <c>blank: [columns]</c>.</summary>
    Presence,
}
