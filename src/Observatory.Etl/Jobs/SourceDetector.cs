using Observatory.Core.Utility;
using Observatory.Etl.Contracts;
using Observatory.Etl.Reading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

/// <summary>
/// Recognises a file's source, layout and vintage from its sheet names and header row (or checks
/// it against a source forced with <c>--source</c>), through <see cref="HeaderMatcher"/>: case,
/// accents and spaces do not matter. CSV header rows are tried with <c>;</c> then <c>,</c>, tab
/// and <c>|</c>, so that a file written with the wrong delimiter is recognised, and then rejected
/// for that reason rather than reported as unknown.
/// </summary>
public sealed partial class SourceDetector
{
    private static readonly char[] CandidateDelimiters = [';', ',', '\t', '|'];

    private readonly ContractCatalog _catalog;
    private readonly HeaderMatcher _matcher;

    public SourceDetector(ContractCatalog catalog)
    {
        _catalog = Guard.NotNull(catalog);
        _matcher = new HeaderMatcher(catalog);
    }

    public DetectionResult Detect(string path, string? forcedSource = null)
    {
        Guard.NotNullOrWhiteSpace(path);
        var forced = forcedSource is null ? null : _catalog[forcedSource];
        var matcher = forced is null ? _matcher : new HeaderMatcher(new ContractCatalog([forced]));
        var fileName = Path.GetFileName(path);
        if (new FileInfo(path).Length == 0)
        {
            return DetectionResult.Failed(EtlIssueCodes.EmptyFile, EtlMessages.EmptyFile, forced?.Id ?? SourceFromFileName(fileName));
        }

        var isWorkbook = Path.GetExtension(path).ToUpperInvariant() is ".XLSX" or ".XLSM";
        List<Candidate> candidates;
        try
        {
            candidates = isWorkbook ? WorkbookCandidates(path, matcher, fileName) : TextCandidates(path, matcher, fileName);
        }
        catch (SourceFileException ex)
        {
            return DetectionResult.Failed(ex.Code, ex.Code == EtlIssueCodes.EmptyFile ? ex.Message : EtlMessages.ForReadFailure(ex.Code, ex.Message, ex.Line),
                forced?.Id ?? SourceFromFileName(fileName));
        }

        var best = candidates.Where(c => c.Match.IsMatch).OrderByDescending(c => c.Match.Score).FirstOrDefault();
        if (best is not null)
        {
            return best.Match.Contract.AllMatchingSheets && best.Sheet is not null
                ? AllDataSheets(best, candidates, fileName)
                : DetectionResult.Found(ToDetected(best, fileName));
        }

        var closest = candidates.OrderByDescending(c => c.Match.Score).FirstOrDefault();
        return forced is null ? Unknown(closest) : Mismatch(forced, closest, path);
    }

    /// <summary>The source whose file-name patterns match <paramref name="fileName"/>, if exactly one does.</summary>
    public string? SourceFromFileName(string fileName)
    {
        var matching = _catalog.Contracts.Where(c => c.FilePatterns.Any(p => p.IsMatch(fileName))).ToList();
        return matching.Count == 1 ? matching[0].Id : null;
    }

    private DetectedFile ToDetected(Candidate best, string fileName)
    {
        var contract = best.Match.Contract;
        var dep = contract.FilePatterns.Select(p => p.Match(fileName)).FirstOrDefault(m => m.Success && m.Groups["dep"].Success)?.Groups["dep"].Value;
        return new DetectedFile
        {
            Contract = contract,
            Variant = best.Match.Variant,
            Vintage = best.Match.Vintage,
            FileDepartment = dep,
            Sheet = best.Sheet,
            Headers = best.Headers,
            Bindings = best.Match.Bindings,
            ActualDelimiter = best.Delimiter,
        };
    }

    /// <summary>
    /// A contract that reads every matching sheet: each sheet its data pattern names (and no ignore pattern) is matched
    /// against that contract alone, in workbook order; one that fits none of its layouts, or whose vintage differs from
    /// the others', fails the file rather than being skipped.
    /// </summary>
    private DetectionResult AllDataSheets(Candidate best, List<Candidate> candidates, string fileName)
    {
        var contract = best.Match.Contract;
        var matcher = new HeaderMatcher(new ContractCatalog([contract]));
        var sheets = new List<DetectedSheet>();
        foreach (var candidate in candidates.Where(c => c.Sheet is { } name && contract.DataSheet!.IsMatch(name)
            && !contract.IgnoredSheets.Any(p => p.IsMatch(name))))
        {
            var match = matcher.Match(candidate.Headers, candidate.Sheet, fileName);
            if (!match.IsMatch)
            {
                return DetectionResult.Failed(EtlIssueCodes.UnknownSheetLayout, EtlMessages.Format(EtlMessages.UnknownSheetLayout,
                    candidate.Sheet!, contract.Id, List(match.MissingHeaders), List(match.UnexpectedHeaders)), contract.Id);
            }

            if (match.Vintage != best.Match.Vintage)
            {
                return DetectionResult.Failed(EtlIssueCodes.UnknownSheetLayout, EtlMessages.Format(EtlMessages.SheetVintageDiffers,
                    candidate.Sheet!, match.Vintage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                    best.Match.Vintage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"), contract.Id);
            }

            sheets.Add(new DetectedSheet(candidate.Sheet!, match.Variant, candidate.Headers, match.Bindings));
        }

        var first = sheets[0];
        return DetectionResult.Found(ToDetected(best, fileName) with
        {
            Variant = first.Variant,
            Sheet = first.Name,
            Headers = first.Headers,
            Bindings = first.Bindings,
            DataSheets = sheets,
        });
    }

    private static List<Candidate> WorkbookCandidates(string path, HeaderMatcher matcher, string fileName)
    {
        using var workbook = XlsxWorkbook.Open(path);
        var candidates = new List<Candidate>();
        foreach (var sheet in workbook.SheetNames)
        {
            var first = workbook.ReadSheet(sheet).FirstOrDefault();
            if (first is null)
            {
                continue;
            }

            var headers = first.Cells.Select(c => c ?? string.Empty).ToArray();
            candidates.Add(new Candidate(matcher.Match(headers, sheet, fileName), headers, sheet, null));
        }

        return candidates;
    }

    private static List<Candidate> TextCandidates(string path, HeaderMatcher matcher, string fileName)
    {
        var line = HeaderLineReader.FirstLine(path);
        if (line is null)
        {
            throw new SourceFileException(EtlIssueCodes.EmptyFile, path, EtlMessages.EmptyFile);
        }

        var candidates = new List<Candidate>();
        foreach (var delimiter in CandidateDelimiters)
        {
            var headers = HeaderLineReader.Split(line, delimiter);
            if (headers.Length < 2 && delimiter != CandidateDelimiters[0])
            {
                continue;
            }

            candidates.Add(new Candidate(matcher.Match(headers, null, fileName), headers, null, delimiter));
        }

        return candidates;
    }

    private sealed record Candidate(HeaderMatch Match, IReadOnlyList<string> Headers, string? Sheet, char? Delimiter);
}
