namespace Observatory.Etl.Contracts;

/// <summary>How a column is filled when no header maps it (<c>derive:</c>).</summary>
public enum ColumnDerivation
{
    None,

    /// <summary>The vintage detected from the sheet name, a header capture, the file name or the preamble.</summary>
    Vintage,

    /// <summary>The <c>year</c> captured from a repeated wide header.</summary>
    UnpivotKey,
}
