using Observatory.Warehouse.Access;

namespace Observatory.Api.Data;

/// <summary>
/// The small dimension tables of one edition (indicators, métiers, codes, territories, source loads, build info), read
/// once when the edition is first used and kept in memory, so resolvers never query per row.
/// </summary>
public sealed class EditionCatalog
{
    private readonly Dictionary<string, IndicatorInfo> _indicators;
    private readonly Dictionary<string, MetierInfo> _metiers;
    private readonly Dictionary<(string Level, string Code), TerritoryInfo> _territories;
    private readonly ILookup<(string? Level, string? Code), TerritoryInfo> _children;
    private readonly ILookup<string, MetierCodeInfo> _codes;
    private readonly Dictionary<string, List<SourceLoadInfo>> _sourcesBySha;

    private EditionCatalog(
        EditionInfo edition,
        List<IndicatorInfo> indicators,
        List<MetierInfo> metiers,
        List<MetierCodeInfo> codes,
        List<TerritoryInfo> territories,
        List<SourceLoadInfo> sources,
        List<TensionDimensionInfo> dimensions)
    {
        Edition = edition;
        TensionDimensions = dimensions;
        Indicators = indicators;
        Metiers = metiers;
        Territories = territories;
        Sources = sources;
        _indicators = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _metiers = metiers.ToDictionary(m => m.Code, StringComparer.Ordinal);
        _territories = territories.ToDictionary(t => (t.Level, t.Code));
        _children = territories.ToLookup(t => (t.ParentLevel, t.ParentCode));
        _codes = codes.ToLookup(c => c.Metier, StringComparer.Ordinal);
        _sourcesBySha = sources.GroupBy(s => s.FileSha256, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public EditionInfo Edition { get; }

    public IReadOnlyList<IndicatorInfo> Indicators { get; }

    public IReadOnlyList<MetierInfo> Metiers { get; }

    public IReadOnlyList<TerritoryInfo> Territories { get; }

    public IReadOnlyList<SourceLoadInfo> Sources { get; }

    /// <summary>The tension index's declared dimensions, principal first; those not computed carry their reason.</summary>
    public IReadOnlyList<TensionDimensionInfo> TensionDimensions { get; }

    /// <summary>The catalogue of the leased edition (loaded on first use, then shared).</summary>
    public static EditionCatalog Of(EditionLease lease) => lease.Edition.GetOrCreate(edition =>
    {
        using var owned = edition.Rent();
        return Load(owned);
    });

    public IndicatorInfo? Indicator(string code) => _indicators.GetValueOrDefault(code);

    public MetierInfo? Metier(string code) => _metiers.GetValueOrDefault(code);

    public TerritoryInfo? Territory(string level, string code) => _territories.GetValueOrDefault((level, code));

    public TerritoryInfo? Parent(TerritoryInfo territory) =>
        territory is { ParentLevel: { } level, ParentCode: { } code } ? Territory(level, code) : null;

    public IEnumerable<TerritoryInfo> Children(TerritoryInfo territory) => _children[(territory.Level, territory.Code)];

    public IEnumerable<MetierCodeInfo> Codes(string metier) => _codes[metier];

    public IEnumerable<SourceLoadInfo> SourcesOfFiles(IEnumerable<string> sha256) =>
        sha256.Distinct(StringComparer.Ordinal).SelectMany(sha => _sourcesBySha.GetValueOrDefault(sha) ?? []);

    private static EditionCatalog Load(PooledConnection owned)
    {
        var connection = owned.Connection;
        var info = SqlRunner.Rows(connection, SqlText.Get("catalog_edition")).Select(r => new EditionInfo(
            SqlRunner.Text(r[0])!, SqlRunner.Text(r[1]) ?? string.Empty, SqlRunner.Text(r[2]), SqlRunner.Int(r[3]), SqlRunner.Int(r[4]))).First();
        var indicators = SqlRunner.Rows(connection, SqlText.Get("catalog_indicators")).Select(r => new IndicatorInfo(
            SqlRunner.Text(r[0])!, SqlRunner.Text(r[1]) ?? string.Empty, SqlRunner.Text(r[2]) ?? string.Empty, SqlRunner.Text(r[3]) ?? string.Empty,
            SqlRunner.Text(r[4]), SqlRunner.Text(r[5]), SqlRunner.Text(r[6]), SqlRunner.Text(r[7]), SqlRunner.Split(r[8]),
            SqlRunner.Text(r[9]), SqlRunner.Text(r[10]), SqlRunner.Bool(r[11]), SqlRunner.Text(r[12]))).ToList();
        var metiers = SqlRunner.Rows(connection, SqlText.Get("catalog_metiers")).Select(r => new MetierInfo(
            SqlRunner.Text(r[0])!, SqlRunner.Text(r[1]) ?? string.Empty, SqlRunner.Text(r[2]), SqlRunner.Text(r[3]), SqlRunner.Bool(r[4]),
            SqlRunner.Split(r[5]), Priorities(SqlRunner.Bool(r[6]), SqlRunner.Bool(r[7])))).ToList();
        var codes = SqlRunner.Rows(connection, SqlText.Get("catalog_metier_codes")).Select(r => new MetierCodeInfo(
            SqlRunner.Text(r[0])!, SqlRunner.Text(r[1])!, SqlRunner.Text(r[2]), SqlRunner.Text(r[3])!)).ToList();
        var territories = SqlRunner.Rows(connection, SqlText.Get("catalog_territories")).Select(r => new TerritoryInfo(
            SqlRunner.Text(r[0])!, SqlRunner.Text(r[1])!, SqlRunner.Text(r[2]) ?? string.Empty, SqlRunner.Text(r[3]), SqlRunner.Text(r[4]))).ToList();
        var sources = SqlRunner.Rows(connection, SqlText.Get("catalog_sources")).Select(r => new SourceLoadInfo(
            SqlRunner.Text(r[0])!, SqlRunner.Text(r[1]) ?? string.Empty, SqlRunner.Text(r[2])!, SqlRunner.Text(r[3]), SqlRunner.Text(r[4]) ?? string.Empty,
            SqlRunner.Text(r[5]), SqlRunner.Int(r[6]))).ToList();
        var dimensions = SqlRunner.Rows(connection, SqlText.Get("catalog_tension_dimensions")).Select(r => new TensionDimensionInfo(
            SqlRunner.Text(r[0])!, SqlRunner.Text(r[1]) ?? string.Empty, SqlRunner.Double(r[2]) ?? 0, SqlRunner.Bool(r[3]), SqlRunner.Text(r[4]))).ToList();
        return new EditionCatalog(info, indicators, metiers, codes, territories, sources, dimensions);
    }

    private static List<string> Priorities(bool ain, bool landes)
    {
        var list = new List<string>(2);
        if (ain)
        {
            list.Add("01");
        }

        if (landes)
        {
            list.Add("40");
        }

        return list;
    }
}
