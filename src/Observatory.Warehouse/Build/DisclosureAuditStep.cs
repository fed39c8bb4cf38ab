using Observatory.DuckDb;
using Observatory.Warehouse.Disclosure.Audit;
using Observatory.Warehouse.Testing;

namespace Observatory.Warehouse.Build;

/// <summary>
/// The build's blocking disclosure check: the audit attacks the <c>pub</c> tables as they will be served, as an
/// anonymous reader and as the analyst of each department; every hidden cell it recovers is a failure (up to
/// <see cref="ListedCells"/> listed per reader), so the edition is not published.
/// </summary>
public static class DisclosureAuditStep
{
    public const string FailureModel = "audit du secret statistique";

    public const string AnonymousTest = "lecteur anonyme";

    public const int ListedCells = 20;

    public static string AnalystTest(string department) => $"analyste du département {department}";

    public static (DisclosureAuditReport Report, IReadOnlyList<DataTestFailure> Failures) Run(DuckDbConnection connection)
    {
        var report = DisclosureAudit.RunAll(connection);
        var failures = new List<DataTestFailure>();
        if (!report.Anonymous.Passed)
        {
            failures.Add(Failure(AnonymousTest, report.Anonymous));
        }

        foreach (var (department, result) in report.Analysts.Where(a => !a.Value.Passed))
        {
            failures.Add(Failure(AnalystTest(department), result));
        }

        return (report, failures);
    }

    private static DataTestFailure Failure(string test, DisclosureAuditResult result) =>
        new(FailureModel, test, result.Recovered.Count, Blocking: true, [.. result.Recovered.Take(ListedCells).Select(c => c.ToString())]);
}
