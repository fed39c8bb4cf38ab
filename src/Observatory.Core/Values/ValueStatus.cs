namespace Observatory.Core.Values;

/// <summary>
/// Status carried by every measure value (DATA-SOURCES §11, §14). Declared in increasing
/// severity, so that an aggregate inherits the <em>worst</em> (highest) status of its inputs.
/// The order matches <c>schemas/reference/status_codes.csv</c>.
/// </summary>
public enum ValueStatus
{
    /// <summary>Published value.</summary>
    Ok = 0,

    /// <summary>Rounded by the producer (multiples of 5 or 100).</summary>
    Rounded = 1,

    /// <summary>Provisional value, may be revised.</summary>
    Provisional = 2,

    /// <summary>Imputed by the producer.</summary>
    Imputed = 3,

    /// <summary>A region or France total over only part of its departments (coverage below 1).</summary>
    Partial = 4,

    /// <summary>Absent or not available (blank, <c>n.d.</c>).</summary>
    Missing = 5,

    /// <summary>Masked by statistical secrecy (<c>*</c>).</summary>
    Secret = 6,
}
