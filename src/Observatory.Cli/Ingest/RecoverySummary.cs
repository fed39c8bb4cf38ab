using Observatory.Cli.Hosting;
using Observatory.Etl.Recovery;

namespace Observatory.Cli.Ingest;

/// <summary>Tells the analyst, in French on stderr, what an ingest found of earlier killed runs and what it cleaned.</summary>
internal static class RecoverySummary
{
    public static void Print(RecoveryReport? recovery, CliConsole console)
    {
        if (recovery is null || recovery.IsEmpty)
        {
            return;
        }

        foreach (var run in recovery.InterruptedRuns)
        {
            var missing = run.ManifestWasMissing ? " (son manifeste manquait : reconstitué depuis les registres du lac)" : string.Empty;
            console.Error.WriteLine(
                $"Exécution {run.RunId} interrompue avant sa fin : marquée « interrompue », {run.Files} fichier(s) terminé(s) dont {run.LoadedFiles} chargé(s) dans le lac{missing}.");
        }

        var cleaned = new List<string>();
        Add(cleaned, recovery.JournalsApplied, "validation(s) du lac achevée(s)");
        if (recovery.TemporaryFolderRemoved)
        {
            cleaned.Add("dossier temporaire .ingest-tmp supprimé");
        }

        Add(cleaned, recovery.TemporaryFilesRemoved, "fichier(s) temporaire(s) d'écriture supprimé(s)");
        Add(cleaned, recovery.UnfinishedLandingsRemoved, "copie(s) brute(s) inachevée(s) supprimée(s)");
        Add(cleaned, recovery.RawCopiesRemoved, "copie(s) brute(s) non référencée(s) supprimée(s)");
        Add(cleaned, recovery.QuarantineFilesRemoved, "fichier(s) de quarantaine orphelin(s) supprimé(s)");
        if (cleaned.Count > 0)
        {
            console.Error.WriteLine("Reprise après interruption : " + string.Join(", ", cleaned) + ".");
        }

        if (recovery.RawCleanupSkipped is { } reason)
        {
            console.Error.WriteLine($"Copies brutes non référencées non recherchées : {reason}.");
        }
    }

    private static void Add(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add($"{count} {what}");
        }
    }
}
