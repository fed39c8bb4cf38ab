using Observatory.Core.Home;
using Observatory.Etl.Landing;
using Observatory.Etl.Loading;

namespace Observatory.Etl.Recovery;

/// <summary>
/// What an ingest does first, holding the writer lock (so no other run can be under way): applies the lake
/// commit journals a killed run wrote and removes <c>.ingest-tmp/</c>; removes unfinished raw landings and the
/// temporary files of atomic writes cut short (<see cref="StaleTemporaryFiles"/>); marks
/// the abandoned runs <c>interrupted</c> (<see cref="AbandonedRuns"/>); then removes the raw copies no registry
/// or manifest names — skipped, with a reason, when a manifest or registry cannot be read, since its
/// references would be unknown.
/// </summary>
public static class IngestRecovery
{
    public static RecoveryReport Run(DataHome home, RawStore raw, string foundBy, DateTimeOffset foundAt)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(raw);
        var temporary = Directory.Exists(LakeCommitter.TempRoot(home));
        var journals = LakeCommitter.Recover(home);
        var landings = raw.RemoveUnfinishedLandings();
        var temporaryFiles = StaleTemporaryFiles.Remove(home.RunsDirectory, home.LakeDirectory);

        var (registries, badRegistry) = LakeRegistries.ReadAll(home.LakeDirectory);
        var (manifests, badManifest) = ManifestSummary.ReadAll(home.RunsDirectory);
        var (interrupted, quarantine) = AbandonedRuns.Mark(home, manifests, registries, foundBy, foundAt);

        string? skipped = null;
        var rawRemoved = 0;
        if (badRegistry || badManifest)
        {
            skipped = badManifest
                ? "un manifeste d'exécution (runs/*.json) est illisible"
                : "un registre du lac (lake/*/_loads.json) est illisible";
        }
        else
        {
            if (interrupted.Count > 0)
            {
                (manifests, _) = ManifestSummary.ReadAll(home.RunsDirectory); // now with the interrupted runs' files
            }

            var referenced = new HashSet<string>(StringComparer.Ordinal);
            referenced.UnionWith(manifests.SelectMany(m => m.Sha256s));
            referenced.UnionWith(registries.SelectMany(r => r.Loads).Select(l => l.Sha256));
            referenced.UnionWith(registries.SelectMany(r => r.Partitions.Values).Select(p => p.Sha256));
            rawRemoved = UnreferencedRawCopies.Remove(home.RawDirectory, referenced);
        }

        return new RecoveryReport
        {
            InterruptedRuns = interrupted,
            JournalsApplied = journals,
            TemporaryFolderRemoved = temporary,
            TemporaryFilesRemoved = temporaryFiles,
            UnfinishedLandingsRemoved = landings,
            RawCopiesRemoved = rawRemoved,
            QuarantineFilesRemoved = quarantine,
            RawCleanupSkipped = skipped,
        };
    }
}
