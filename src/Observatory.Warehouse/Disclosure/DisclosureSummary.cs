using Observatory.DuckDb;

namespace Observatory.Warehouse.Disclosure;

/// <summary>How many cells of an edition are shown and hidden by each reason (<c>pub.disclosure_summary</c>).</summary>
public sealed record DisclosureSummary(IReadOnlyList<DisclosureOutcome> Outcomes)
{
    public static readonly DisclosureSummary Empty = new([]);

    public long Cells => Outcomes.Sum(o => o.Cells);

    public long Hidden => Outcomes.Where(o => o.Outcome != "shown").Sum(o => o.Cells);

    /// <summary>The share of cells hidden by disclosure control and source masks (0 when there are no cells).</summary>
    public double HiddenShare => Cells == 0 ? 0 : (double)Hidden / Cells;

    /// <summary>Reads the summary of the edition in <paramref name="connection"/>.</summary>
    public static DisclosureSummary Read(DuckDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var outcomes = new List<DisclosureOutcome>();
        using var result = connection.Query(
            "select outcome, sum(cells)::bigint from pub.disclosure_summary group by outcome order by outcome = 'shown' desc, 2 desc, outcome");
        foreach (var row in result.Rows())
        {
            outcomes.Add(new DisclosureOutcome((string)row[0]!, (long)row[1]!));
        }

        return new DisclosureSummary(outcomes);
    }
}

/// <summary>One outcome of disclosure control: <c>shown</c> or a hiding reason, with its number of cells.</summary>
public sealed record DisclosureOutcome(string Outcome, long Cells);
