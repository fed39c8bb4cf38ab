namespace Observatory.Etl.Contracts;

/// <summary>Physical format of a source file (<c>format:</c> of a contract).</summary>
public enum SourceFormat
{
    Csv,
    Xlsx,

    /// <summary>Headerless multi-record CSV: a preamble line, then lines tagged by their first field.</summary>
    Finess,
}
