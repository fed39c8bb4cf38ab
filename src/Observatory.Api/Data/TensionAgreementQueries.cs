using System.Globalization;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Data;

/// <summary>
/// One row of <c>pub.tension_agreement</c>: <see cref="Period"/> a year or <c>ALL</c>, <see cref="TerritoryLevel"/>
/// <c>NAT</c>, <c>REG</c>, <c>DEP</c> or <c>ALL</c>.
/// </summary>
public sealed record TensionAgreementRow(
    string Period, string TerritoryLevel, long Cells, long Identical, double IdenticalShare, long WithinOne, double WithinOneShare, double? WeightedKappa);

/// <summary>Reads the agreement between the observatory's and the official tension levels.</summary>
public static class TensionAgreementQueries
{
    /// <summary>Every row, or the rows of <paramref name="year"/>.</summary>
    public static IReadOnlyList<TensionAgreementRow> Rows(EditionLease lease, int? year, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["year"] = year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        };
        return SqlRunner.Rows(lease, SqlText.Get("tension_agreement"), parameters, cancellationToken).ConvertAll(r => new TensionAgreementRow(
            SqlRunner.Text(r[0])!,
            SqlRunner.Text(r[1])!,
            Convert.ToInt64(r[2], CultureInfo.InvariantCulture),
            Convert.ToInt64(r[3], CultureInfo.InvariantCulture),
            SqlRunner.Double(r[4]) ?? 0,
            Convert.ToInt64(r[5], CultureInfo.InvariantCulture),
            SqlRunner.Double(r[6]) ?? 0,
            SqlRunner.Double(r[7])));
    }
}
