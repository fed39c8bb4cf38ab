using Observatory.Core.Values;
using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation;

/// <summary>
/// One record of a file on its way to the lake: the raw text of each canonical column (with the
/// header it came from), then the typed values, measure statuses and the issues found.
/// </summary>
public sealed class TypedRecord
{
    private List<RowIssue>? _issues;

    public TypedRecord(int line, int columnCount)
    {
        Line = line;
        RawValues = new string?[columnCount];
        Headers = new string?[columnCount];
        Values = new object?[columnCount];
        Statuses = new ValueStatus?[columnCount];
        Mapped = new bool[columnCount];
        Array.Fill(Mapped, true);
    }

    /// <summary>Per column: whether the record's layout provides it (a header, a constant or a derivation); FINESS geolocation lines do not provide the structure's columns.</summary>
    public bool[] Mapped { get; }

    /// <summary>CSV line where the record starts, or the sheet row number.</summary>
    public int Line { get; }

    /// <summary>Raw cell text per canonical column (null when no header maps it).</summary>
    public string?[] RawValues { get; }

    /// <summary>The file header each canonical column was read from (null for constants and derived columns).</summary>
    public string?[] Headers { get; }

    /// <summary>Typed values: <see cref="long"/>, <see cref="decimal"/>, <see cref="DateOnly"/> or <see cref="string"/>; null when absent or masked.</summary>
    public object?[] Values { get; }

    /// <summary>Status of each measure (null for other columns).</summary>
    public ValueStatus?[] Statuses { get; }

    public IReadOnlyList<RowIssue> Issues => _issues ?? (IReadOnlyList<RowIssue>)[];

    public bool HasError { get; private set; }

    /// <summary>True when an issue has already been raised on <paramref name="column"/>.</summary>
    public bool HasIssueOn(string column) => _issues?.Exists(i => i.Column == column) == true;

    public void Add(RowIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        (_issues ??= []).Add(issue);
        HasError |= issue.Severity == RuleSeverity.Error;
    }

    /// <summary>The first error (or first issue) of the record: the reason shown in the quarantine.</summary>
    public RowIssue? PrimaryIssue => _issues?.Find(i => i.Severity == RuleSeverity.Error) ?? _issues?.FirstOrDefault();
}
