using Observatory.Core.Home;
using Observatory.DuckDb;

namespace Observatory.Warehouse.Tests.Support;

/// <summary>
/// Writes small lake datasets the way the ingest does (hive-partitioned Parquet with the contract's
/// canonical columns, a <c>_status</c> column per measure and the lineage columns), from a SQL
/// <c>select</c>. The one place tests build lakes by hand; end-to-end tests use the real ingest.
/// </summary>
public static class LakeFixtureBuilder
{
    public static void Write(DataHome home, string source, string select, params string[] partitionBy)
    {
        var target = Path.Combine(home.LakeDirectory, source);
        Directory.CreateDirectory(target);
        using var database = DuckDbDatabase.Open(null);
        using var connection = database.Connect();
        var rows = $"select *, 0::bigint as source_line, 'fixture-run' as run_id, 'sha-{source}' as source_sha256, 1 as contract_version from ({select})";
        var partition = partitionBy.Length == 0 ? string.Empty : $", partition_by ({string.Join(", ", partitionBy)}), write_partition_columns true";
        var path = partitionBy.Length == 0 ? Path.Combine(target, "data.parquet") : target;
        connection.Execute($"copy ({rows}) to '{path}' (format parquet{partition}, overwrite_or_ignore true)");
    }

    /// <summary>One BMO row (values null = masked with the given status).</summary>
    public static string BmoRow(int year, string bassin, string department, string region, string fap, long? met, long? xmet, string? metStatus = null, string? xmetStatus = null) =>
        $"select {year}::bigint as vintage, '{(year <= 2023 ? "2009" : "2021")}' as fap_version, '{fap}' as fap_code, " +
        $"'{bassin}' as bassin_code, '{department}' as department_code, '{region}' as region_code, " +
        $"{Num(met)}::bigint as met, {Status(met, metStatus)} as met_status, {Num(xmet)}::bigint as xmet, {Status(xmet, xmetStatus)} as xmet_status, " +
        "null::bigint as smet, 'secret' as smet_status";

    /// <summary>One employer-survey answer.</summary>
    public static string SurveyRow(int year, string finess, string department, string metier, long headcount, double fteReal, double fteVacant) =>
        $"select {year}::bigint as vintage, {year}::bigint as year, '{finess}' as finess_et, '{department}' as department_code, " +
        $"'{metier}' as metier_code, {headcount}::bigint as headcount, 'ok' as headcount_status, " +
        $"{fteReal}::decimal(18,6) as fte_real, 'ok' as fte_real_status, {fteVacant}::decimal(18,6) as fte_vacant, 'ok' as fte_vacant_status";

    /// <summary>A survey answer with its 55-and-over headcount (share_55_plus) beside the headcount.</summary>
    public static string SurveyRowWithAges(int year, string finess, string department, string metier, long headcount, long age55Plus) =>
        SurveyRow(year, finess, department, metier, headcount, headcount * 0.8, 0) +
        $", {age55Plus}::bigint as age_55_plus, 'ok' as age_55_plus_status";

    private static string Num(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string Status(long? value, string? status) => status is not null ? $"'{status}'" : value is null ? "'secret'" : "'ok'";
}
