using Observatory.Etl.Contracts;

namespace Observatory.Etl.Jobs;

/// <summary>
/// A file recognised by <see cref="SourceDetector"/>: its contract and header layout, the vintage
/// detected from sheet name, headers or file name, the data sheet (XLSX), the bindings of its
/// header cells and the delimiter actually found (CSV), which may differ from the contract's.
/// </summary>
public sealed record DetectedFile
{
    public required SourceContract Contract { get; init; }

    public required ContractVariant Variant { get; init; }

    public int? Vintage { get; init; }

    /// <summary>Department captured by the contract's file-name pattern (<c>dep</c> group), if any.</summary>
    public string? FileDepartment { get; init; }

    public string? Sheet { get; init; }

    public required IReadOnlyList<string> Headers { get; init; }

    public required IReadOnlyList<HeaderBinding> Bindings { get; init; }

    /// <summary>
    /// Every data sheet to read, in workbook order, when the contract reads all matching sheets
    /// (<see cref="SourceContract.AllMatchingSheets"/>); empty otherwise (only <see cref="Sheet"/> is read).
    /// <see cref="Sheet"/>, <see cref="Variant"/>, <see cref="Headers"/> and <see cref="Bindings"/> are those of the first.
    /// </summary>
    public IReadOnlyList<DetectedSheet> DataSheets { get; init; } = [];

    /// <summary>The delimiter that split the header row into recognised headers (CSV and FINESS).</summary>
    public char? ActualDelimiter { get; init; }

    /// <summary>The sheets whose rows are the file's records: <see cref="DataSheets"/>, or the one detected sheet.</summary>
    public IReadOnlyList<DetectedSheet> SheetsToRead() =>
        DataSheets.Count > 0 ? DataSheets : Sheet is null ? [] : [new DetectedSheet(Sheet, Variant, Headers, Bindings)];

    public bool HasWrongDelimiter => Contract.Format != SourceFormat.Xlsx && ActualDelimiter is { } d && d != (Contract.Delimiter ?? ';');
}
