namespace Observatory.Etl.Jobs;

/// <summary>Either a <see cref="DetectedFile"/> or a file-level failure: its code, French message and the source it most likely belongs to.</summary>
public sealed record DetectionResult(DetectedFile? File, string? FailureCode, string? FailureMessage, string? SourceHint)
{
    public static DetectionResult Found(DetectedFile file) => new(file, null, null, file.Contract.Id);

    public static DetectionResult Failed(string code, string message, string? sourceHint) => new(null, code, message, sourceHint);
}
