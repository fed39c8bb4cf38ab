using System.Text;
using Observatory.Core.Runs;

namespace Observatory.Etl.Jobs;

/// <summary>Appends a finished file to its run's <see cref="RunFileLog"/> (the manifest's file entry, one line).</summary>
public static class RunFileLogWriter
{
    public static void Append(string path, IngestFileResult file) =>
        File.AppendAllText(path, RunManifestWriter.FileLine(file) + "\n", new UTF8Encoding(false));
}
