using Observatory.Core.Utility;

namespace Observatory.Reporting.Data;

/// <summary>The report's SQL, embedded as <c>etl/queries/report/*.sql</c> resources, and its assets.</summary>
internal static class SqlResources
{
    /// <summary>The text of <c>etl/queries/report/<paramref name="name"/>.sql</c>.</summary>
    public static string Get(string name) => EmbeddedText.Read(typeof(SqlResources).Assembly, $"Observatory.Reporting.Sql.{name}.sql");

    /// <summary>The text of an embedded asset (<c>Assets/<paramref name="fileName"/></c>).</summary>
    public static string Asset(string fileName) => EmbeddedText.Read(typeof(SqlResources).Assembly, $"Observatory.Reporting.Assets.{fileName}");
}
