using Observatory.Core.Utility;

namespace Observatory.Etl.Validation;

/// <summary>
/// Collects the located issues of one file up to a cap; past it, only counts. <see cref="Issues"/>
/// then ends with one <see cref="EtlIssueCodes.TooManyIssues"/> entry. Counts per code are always complete.
/// </summary>
public sealed class IssueCollector(string file, int maxIssues)
{
    private readonly List<IngestIssue> _issues = [];
    private readonly Dictionary<string, long> _byCode = new(StringComparer.Ordinal);
    private readonly int _maxIssues = Guard.InRange(maxIssues, 1, int.MaxValue);

    public string File { get; } = file;

    public long Total { get; private set; }

    public IReadOnlyDictionary<string, long> CountsByCode => _byCode;

    public IReadOnlyList<IngestIssue> Issues => Total <= _maxIssues
        ? _issues
        : [.. _issues, new IngestIssue(File, null, null, null, null, EtlIssueCodes.TooManyIssues, "warning",
            EtlMessages.Format(EtlMessages.TooManyIssues, _maxIssues, Total))];

    public void Add(IngestIssue issue)
    {
        Guard.NotNull(issue);
        Count(issue.Code, 1);
        List(issue);
    }

    /// <summary>Counts <paramref name="count"/> issues of one code without listing them (bulk pass).</summary>
    public void Count(string code, long count)
    {
        Guard.NotNull(code);
        if (count <= 0)
        {
            return;
        }

        Total = checked(Total + count);
        _byCode[code] = _byCode.GetValueOrDefault(code) + count;
    }

    /// <summary>Lists an issue already counted with <see cref="Count"/>, while the list has room.</summary>
    public void List(IngestIssue issue)
    {
        Guard.NotNull(issue);
        if (_issues.Count < _maxIssues)
        {
            _issues.Add(issue);
        }
    }
}
