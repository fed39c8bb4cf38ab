using Observatory.Etl.Contracts;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

public sealed partial class SourceDetector
{
    private static DetectionResult Unknown(Candidate? closest)
    {
        if (closest is null)
        {
            return DetectionResult.Failed(EtlIssueCodes.UnknownSource,
                EtlMessages.Format(EtlMessages.UnknownSource, "(aucun)", "?", "?", "?"), null);
        }

        var m = closest.Match;
        var message = EtlMessages.Format(EtlMessages.UnknownSource, List(closest.Headers), m.Contract.Id,
            List(m.MissingHeaders), List(m.UnexpectedHeaders));
        return DetectionResult.Failed(EtlIssueCodes.UnknownSource, message, null);
    }

    private DetectionResult Mismatch(SourceContract forced, Candidate? closest, string path)
    {
        var hint = string.Empty;
        var unforced = Detect(path);
        if (unforced.File is { } other && other.Contract.Id != forced.Id)
        {
            hint = EtlMessages.Format(EtlMessages.SourceMismatchHint, other.Contract.Id);
        }

        var message = EtlMessages.Format(EtlMessages.SourceMismatch, forced.Id,
            List(closest?.Match.MissingHeaders ?? []), List(closest?.Match.UnexpectedHeaders ?? []), hint);
        return DetectionResult.Failed(EtlIssueCodes.SourceMismatch, message, forced.Id);
    }

    private static string List(IEnumerable<string> items)
    {
        var quoted = items.Select(h => $"« {h} »").ToList();
        return quoted.Count == 0 ? "aucun" : string.Join(", ", quoted);
    }
}
