namespace Observatory.Etl.Recovery;

/// <summary>
/// A run the recovery found abandoned (killed) and marked <c>interrupted</c>: how many files it finished and
/// how many of them reached the lake; <see cref="ManifestWasMissing"/> when it had no manifest at all (a run
/// killed before manifests were written first).
/// </summary>
public sealed record InterruptedRun(string RunId, int Files, int LoadedFiles, bool ManifestWasMissing);
