using System.Diagnostics;
using System.Globalization;

namespace Observatory.Core.Home;

/// <summary>
/// The one-writer rule of the data home: <c>ingest</c> and <c>build</c> hold an exclusive lock on
/// <c>&lt;home&gt;/.writer.lock</c> for their whole run. A second writer fails at once with
/// <see cref="WriterLockedException"/>, whose message names the holder (PID, command, start
/// time). The lock is an OS file lock, so a killed process releases it and the next run
/// proceeds normally.
/// </summary>
public sealed class WriterLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _infoPath;

    private WriterLock(FileStream stream, string infoPath)
    {
        _stream = stream;
        _infoPath = infoPath;
    }

    public static WriterLock Acquire(DataHome home, string command)
    {
        Directory.CreateDirectory(home.Root);
        var lockPath = Path.Combine(home.Root, ".writer.lock");
        var infoPath = Path.Combine(home.Root, ".writer.lock.info");
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var holder = File.Exists(infoPath) ? File.ReadAllText(infoPath).Trim() : "processus inconnu";
            throw new WriterLockedException(
                $"Un autre processus écrit déjà dans {home.Root} ({holder}) : une seule écriture à la fois. Réessayez quand il aura terminé.");
        }

        var info = string.Create(CultureInfo.InvariantCulture,
            $"PID {Environment.ProcessId}, observatory {command}, depuis {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC");
        File.WriteAllText(infoPath, info);
        return new WriterLock(stream, infoPath);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_infoPath);
        }
        catch (IOException ex)
        {
            Debug.WriteLine($"could not delete {_infoPath}: {ex.Message}");
        }

        _stream.Dispose();
    }
}
