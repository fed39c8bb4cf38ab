using System.Text;
using Observatory.Etl.Contracts;
using Observatory.Etl.Loading;
using Observatory.Etl.Reading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

internal sealed partial class FileIngestor
{
    private const int ProgressEvery = 50_000;

    private long _read;
    private long _accepted;
    private long _quarantined;

    /// <summary>
    /// Reads and validates every record. Without <paramref name="rejectAll"/> valid records go to
    /// <c>lake_rows</c>; with it (second pass of a rejected file) every record is quarantined.
    /// </summary>
    private PassCounts RunPass(DetectedFile file, ColumnLayout layout, RejectAll? rejectAll)
    {
        EndBulk();
        _read = _accepted = _quarantined = 0;
        using (var lake = new LakeTable(session.Connection, layout, session.RunId, _sha256))
        using (var quarantine = new QuarantineTable(session.Connection, file.Contract.Id, _sha256, session.RunId))
        {
            var validator = new RowValidator(layout, session.Reference);
            foreach (var (row, record) in RecordReader.Read(path, file, layout))
            {
                _read++;
                validator.Validate(record);
                if (rejectAll is null)
                {
                    foreach (var issue in record.Issues)
                    {
                        _issues.Add(Locate(row.Sheet ?? file.Sheet, layout, record, issue));
                    }
                }

                if (record.HasError || rejectAll is not null)
                {
                    quarantine.Append(ToQuarantined(file, layout, row, record, rejectAll));
                    _quarantined++;
                }
                else
                {
                    lake.Append(record);
                    _accepted++;
                }

                if (_read % ProgressEvery == 0)
                {
                    session.Observer?.RowsRead(_read);
                }
            }

            lake.Flush();
            quarantine.Flush();
        }

        session.Observer?.RowsRead(_read);
        return new PassCounts(_read, _accepted, _quarantined);
    }

    /// <summary>A workbook that breaks while its rows are read: quarantine what could be read, with the failure's reason.</summary>
    private PassCounts RunPassUntilFailure(DetectedFile file, RejectAll reject)
    {
        try
        {
            return RunPass(file, new ColumnLayout(file.Contract), reject);
        }
        catch (SourceFileException)
        {
            return new PassCounts(_read, 0, _quarantined);
        }
    }

    /// <summary>
    /// A text file that cannot be read as its contract says (encoding, delimiter, quoting): every
    /// non-blank line after the header is quarantined as it is, decoded leniently for display.
    /// </summary>
    private PassCounts QuarantineLines(DetectedFile file, RejectAll reject)
    {
        long quarantined = 0;
        using (var quarantine = new QuarantineTable(session.Connection, file.Contract.Id, _sha256, session.RunId))
        using (var stream = File.OpenRead(path))
        {
            var line = 0;
            var header = true;
            foreach (var bytes in ByteLineSplitter.Split(stream))
            {
                line++;
                var text = HeaderLineReader.Decode(bytes);
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                if (header)
                {
                    header = false;
                    continue;
                }

                quarantine.Append(new QuarantinedRow(path, null, line, null, null, reject.Code, reject.Message, reject.Code, text));
                quarantined++;
            }

            quarantine.Flush();
        }

        return new PassCounts(quarantined, 0, quarantined);
    }

    private IngestIssue Locate(string? sheet, ColumnLayout layout, TypedRecord record, RowIssue issue) =>
        new(path, sheet, record.Line, HeaderOf(layout, record, issue.Column), issue.RawValue, issue.Code,
            issue.Severity == RuleSeverity.Error ? "error" : "warning", issue.Message);

    private QuarantinedRow ToQuarantined(DetectedFile file, ColumnLayout layout, RawRow row, TypedRecord record, RejectAll? rejectAll)
    {
        var primary = record.HasError ? record.PrimaryIssue : null;
        var codes = record.Issues.Select(i => i.Code).Concat(primary is null && rejectAll is not null ? [rejectAll.Code] : []).Distinct(StringComparer.Ordinal);
        return new QuarantinedRow(
            path,
            row.Sheet ?? file.Sheet,
            record.Line,
            primary is null ? null : HeaderOf(layout, record, primary.Column),
            primary?.RawValue,
            primary?.Code ?? rejectAll!.Code,
            primary?.Message ?? rejectAll!.Message,
            string.Join(',', codes),
            JoinCells(row.Cells, file.Contract.Delimiter ?? ';'));
    }

    private static string? HeaderOf(ColumnLayout layout, TypedRecord record, string? column)
    {
        if (column is null)
        {
            return null;
        }

        var index = layout.IndexOf(column);
        return record.Headers[index] ?? column;
    }

    private static string JoinCells(IReadOnlyList<string?> cells, char delimiter)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(delimiter);
            }

            var cell = cells[i] ?? string.Empty;
            if (cell.Contains(delimiter, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) || cell.Contains('\n', StringComparison.Ordinal))
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        return sb.ToString();
    }
}
