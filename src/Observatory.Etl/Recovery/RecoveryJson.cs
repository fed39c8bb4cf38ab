using System.Text.Json;

namespace Observatory.Etl.Recovery;

/// <summary>Writes a <see cref="RecoveryReport"/> as the <c>recovery</c> object of a run's JSON.</summary>
internal static class RecoveryJson
{
    public static void Write(Utf8JsonWriter json, RecoveryReport recovery)
    {
        json.WriteStartObject("recovery");
        json.WriteStartArray("interrupted_runs");
        foreach (var run in recovery.InterruptedRuns)
        {
            json.WriteStartObject();
            json.WriteString("run", run.RunId);
            json.WriteNumber("files", run.Files);
            json.WriteNumber("loaded_files", run.LoadedFiles);
            json.WriteBoolean("manifest_was_missing", run.ManifestWasMissing);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("journals_applied", recovery.JournalsApplied);
        json.WriteBoolean("temporary_folder_removed", recovery.TemporaryFolderRemoved);
        json.WriteNumber("temporary_files_removed", recovery.TemporaryFilesRemoved);
        json.WriteNumber("unfinished_landings_removed", recovery.UnfinishedLandingsRemoved);
        json.WriteNumber("raw_copies_removed", recovery.RawCopiesRemoved);
        json.WriteNumber("quarantine_files_removed", recovery.QuarantineFilesRemoved);
        json.WriteString("raw_cleanup_skipped", recovery.RawCleanupSkipped);
        json.WriteEndObject();
    }
}
