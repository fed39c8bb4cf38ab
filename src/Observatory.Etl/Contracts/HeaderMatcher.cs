using System.Globalization;
using System.Text.RegularExpressions;
using Observatory.Core.Utility;

namespace Observatory.Etl.Contracts;

/// <summary>
/// Recognises a raw file from its header row (and sheet or file name): scores every variant of
/// every contract and returns the best. Headers are compared with <see cref="HeaderNormalizer"/>,
/// never by position. A match needs every non-optional header present, no unexpected header, a
/// compatible sheet name and, when a vintage is detected, a variant covering it.
/// </summary>
public sealed class HeaderMatcher(ContractCatalog catalog)
{
    private readonly ContractCatalog _catalog = Guard.NotNull(catalog);

    public HeaderMatch Match(IReadOnlyList<string> headers, string? sheetName, string? fileName = null)
    {
        Guard.NotNull(headers);
        HeaderMatch? best = null;
        foreach (var contract in _catalog.Contracts)
        {
            foreach (var variant in contract.Variants)
            {
                var candidate = Score(contract, variant, headers, sheetName, fileName);
                if (best is null || Better(candidate, best))
                {
                    best = candidate;
                }
            }
        }

        return best ?? throw new InvalidOperationException("The contract catalog is empty.");
    }

    private static bool Better(HeaderMatch a, HeaderMatch b)
    {
        if (a.IsMatch != b.IsMatch)
        {
            return a.IsMatch;
        }

        if (Math.Abs(a.Score - b.Score) > 1e-12)
        {
            return a.Score > b.Score;
        }

        // Same headers in several variants (ROME v3 / 4.0): without a vintage prefer the latest.
        return a.Vintage is null && a.Variant.VintageFrom > b.Variant.VintageFrom;
    }

    private static HeaderMatch Score(SourceContract contract, ContractVariant variant, IReadOnlyList<string> headers,
        string? sheetName, string? fileName)
    {
        if (contract.Format == SourceFormat.Finess)
        {
            return ScoreHeaderless(contract, variant, headers);
        }

        var normalized = headers.Select(HeaderNormalizer.Normalize).ToArray();
        var used = new bool[headers.Count];
        var bindings = new List<HeaderBinding>();
        var missing = new List<string>();
        int? headerVintage = null;
        var matchedSpecs = 0;
        var absentOptional = 0;
        foreach (var spec in variant.Headers)
        {
            var found = false;
            for (var i = 0; i < headers.Count; i++)
            {
                if (used[i] || !Matches(spec, headers[i], normalized[i], out var captured))
                {
                    continue;
                }

                used[i] = true;
                found = true;
                bindings.Add(new HeaderBinding(i, headers[i], spec.Column, spec.Repeat ? captured : null));
                if (!spec.Repeat)
                {
                    headerVintage ??= captured;
                    break;
                }

                if (captured is { } wideYear && (headerVintage is null || wideYear > headerVintage))
                {
                    headerVintage = wideYear;
                }
            }

            if (found)
            {
                matchedSpecs++;
            }
            else if (!spec.Optional)
            {
                missing.Add(spec.Display);
            }
            else
            {
                absentOptional++;
            }
        }

        // An optional header that is absent is no evidence against the layout: it leaves the score as if undeclared.
        var unexpected = headers.Where((_, i) => !used[i] && normalized[i].Length > 0).ToList();
        var score = (double)matchedSpecs / Math.Max(1, variant.Headers.Count - absentOptional + unexpected.Count);
        var vintage = Capture(contract.DataSheet, sheetName) ?? headerVintage ?? FileVintage(contract, fileName);
        string? reason = null;
        if (sheetName is not null && contract.Format != SourceFormat.Xlsx)
        {
            reason = $"contract '{contract.Id}' is {contract.Format}, not a workbook";
        }
        else if (sheetName is not null && contract.DataSheet is { } sheet && !sheet.IsMatch(sheetName))
        {
            reason = $"sheet '{sheetName}' does not match {sheet}";
        }
        else if (sheetName is not null && variant.Sheet is { } variantSheet && !variantSheet.IsMatch(sheetName))
        {
            reason = $"sheet '{sheetName}' does not match {variantSheet} of variant '{variant.Id}'";
        }
        else if (vintage is { } year && !variant.Covers(year))
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"vintage {year} is outside variant '{variant.Id}'");
        }

        if (reason is not null)
        {
            score *= 0.5;
        }

        return new HeaderMatch
        {
            IsMatch = missing.Count == 0 && unexpected.Count == 0 && reason is null,
            Contract = contract,
            Variant = variant,
            Vintage = vintage,
            Score = score,
            MissingHeaders = missing,
            UnexpectedHeaders = unexpected,
            Bindings = bindings,
            Reason = reason ?? (missing.Count + unexpected.Count > 0 ? "headers differ" : null),
        };
    }

    private static HeaderMatch ScoreHeaderless(SourceContract contract, ContractVariant variant, IReadOnlyList<string> firstLine)
    {
        var line = string.Join(contract.Delimiter ?? ';', firstLine);
        var isMatch = contract.Detection.FirstLine?.IsMatch(line) == true && variant == contract.Variants[0];
        return new HeaderMatch
        {
            IsMatch = isMatch,
            Contract = contract,
            Variant = variant,
            Vintage = isMatch ? Capture(contract.Preamble, line) : null,
            Score = isMatch ? 1 : 0,
            Reason = isMatch ? null : "first line is not a FINESS preamble",
        };
    }

    private static bool Matches(HeaderSpec spec, string raw, string normalized, out int? captured)
    {
        captured = null;
        if (spec.Pattern is { } pattern)
        {
            var m = pattern.Match(raw.Trim());
            if (!m.Success)
            {
                return false;
            }

            captured = Year(m);
            return true;
        }

        return normalized == HeaderNormalizer.Normalize(spec.Name)
            || spec.Aliases.Any(a => HeaderNormalizer.Normalize(a) == normalized);
    }

    private static int? FileVintage(SourceContract contract, string? fileName)
    {
        if (fileName is null)
        {
            return null;
        }

        var name = Path.GetFileName(fileName);
        return contract.FilePatterns.Select(p => Capture(p, name)).FirstOrDefault(v => v is not null);
    }

    private static int? Capture(Regex? regex, string? text)
    {
        if (regex is null || text is null)
        {
            return null;
        }

        var m = regex.Match(text);
        return m.Success ? Year(m) : null;
    }

    /// <summary>The year of a match: group <c>year</c> (4 digits), <c>yy</c> (→ 20yy) or <c>extracted</c> (a date).</summary>
    private static int? Year(Match m)
    {
        if (m.Groups["year"] is { Success: true } year)
        {
            return int.Parse(year.Value, CultureInfo.InvariantCulture);
        }

        if (m.Groups["yy"] is { Success: true } yy)
        {
            return 2000 + int.Parse(yy.Value, CultureInfo.InvariantCulture);
        }

        return m.Groups["extracted"] is { Success: true, Length: >= 4 } date
            ? int.Parse(date.Value[..4], CultureInfo.InvariantCulture)
            : null;
    }
}
