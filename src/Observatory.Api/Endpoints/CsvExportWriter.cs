using System.Globalization;
using System.Text;
using Observatory.Api.Data;
using Observatory.Api.Schema;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Endpoints;

/// <summary>
/// Writes the export as a CSV for French spreadsheets: UTF-8 with BOM, <c>;</c> separator, decimal comma, French
/// column labels, catalogue labels beside codes, the status as the catalogue and the Parquet export spell it (<c>ok</c>,
/// <c>secret</c>…) and the French footnotes.
/// </summary>
internal static class CsvExportWriter
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Indicateur", "Libellé de l'indicateur", "Métier", "Libellé du métier", "Niveau territorial", "Territoire",
        "Libellé du territoire", "Période", "Valeur", "Statut", "Motif de masquage", "Numérateur", "Dénominateur", "Unité", "Notes",
    ];

    public static async Task WriteAsync(EditionLease lease, IReadOnlyDictionary<string, object?> parameters, Stream output, CancellationToken cancellationToken)
    {
        var catalog = EditionCatalog.Of(lease);
        var rows = SqlRunner.Rows(lease, SqlText.OverFilteredValues("export_csv", parameters, provenance: false), parameters, cancellationToken);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(string.Join(';', Headers.Select(Quote))).ConfigureAwait(false);
            var line = new StringBuilder(256);
            foreach (var raw in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = ObservationRow.Read(raw);
                line.Clear();
                Append(line, row.Indicator, first: true);
                Append(line, catalog.Indicator(row.Indicator)?.LabelFr);
                Append(line, row.Metier);
                Append(line, catalog.Metier(row.Metier)?.Label);
                Append(line, row.Level);
                Append(line, row.Territory);
                Append(line, catalog.Territory(row.Level, row.Territory)?.Label);
                Append(line, row.Period);
                Append(line, Number(row.Value));
                Append(line, row.Status);
                Append(line, row.DisclosureReason);
                Append(line, Number(row.Numerator));
                Append(line, Number(row.Denominator));
                Append(line, row.Unit);
                Append(line, string.Join(" ", Footnotes.For(row)));
                await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A number with a decimal comma (shortest round-trip digits), empty when null.</summary>
    public static string Number(double? value) =>
        value is { } v ? v.ToString("R", CultureInfo.InvariantCulture).Replace('.', ',') : string.Empty;

    private static void Append(StringBuilder line, string? value, bool first = false)
    {
        if (!first)
        {
            line.Append(';');
        }

        line.Append(Quote(value ?? string.Empty));
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
