using System.Collections.Concurrent;
using System.Security.Cryptography;
using Observatory.Core.Home;

namespace Observatory.Etl.Landing;

/// <summary>
/// The immutable copies of the publishers' files: <c>raw/&lt;sha[0..2]&gt;/&lt;sha256&gt;&lt;ext&gt;</c>,
/// content-addressed, written to a temporary name then renamed, and made read-only. Landing the
/// same bytes twice changes nothing. The file is read once: each block is hashed on the calling
/// thread while a second thread writes it to the temporary copy, so the copy holds exactly the
/// bytes that were hashed, in about the time of the slower of the two.
/// </summary>
public sealed class RawStore
{
    private const int BlockSize = 1 << 20;
    private const int BlocksInFlight = 4;
    private const string LandingPrefix = ".landing-";

    private readonly DataHome _home;

    public RawStore(DataHome home) => _home = home;

    /// <summary>
    /// Deletes the temporary copies a killed ingest left in <c>raw/</c>. Call it holding the data
    /// home's writer lock: no other landing can then be under way.
    /// </summary>
    public int RemoveUnfinishedLandings()
    {
        if (!Directory.Exists(_home.RawDirectory))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(_home.RawDirectory, LandingPrefix + "*.tmp"))
        {
            File.Delete(file);
            removed++;
        }

        return removed;
    }

    /// <summary>Lowercase hex SHA-256 of a file's bytes.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Where the raw copy of content <paramref name="sha256"/> lives.</summary>
    public string PathFor(string sha256, string extension) =>
        Path.Combine(_home.RawDirectory, sha256[..2], sha256 + extension.ToLowerInvariant());

    /// <summary>Copies <paramref name="sourcePath"/> into the store unless already there.</summary>
    public LandedFile Land(string sourcePath)
    {
        Directory.CreateDirectory(_home.RawDirectory);
        var temporary = Path.Combine(_home.RawDirectory, $"{LandingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        string sha;
        try
        {
            sha = HashAndCopy(sourcePath, temporary);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        var target = PathFor(sha, Path.GetExtension(sourcePath));
        if (File.Exists(target))
        {
            File.Delete(temporary);
            return new LandedFile(sha, target, AlreadyPresent: true);
        }

        Testing.PausePoint.Reach("landing");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        File.Move(temporary, target, overwrite: true);
        return new LandedFile(sha, target, AlreadyPresent: false);
    }

    /// <summary>Reads <paramref name="sourcePath"/> once, hashing each block here and writing it to <paramref name="copyPath"/> on another thread.</summary>
    private static string HashAndCopy(string sourcePath, string copyPath)
    {
        using var blocks = new BlockingCollection<(byte[] Buffer, int Length)>(BlocksInFlight);
        var free = new ConcurrentBag<byte[]>();
        var writer = Task.Run(() =>
        {
            using var output = new FileStream(copyPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            foreach (var (buffer, length) in blocks.GetConsumingEnumerable())
            {
                output.Write(buffer, 0, length);
                free.Add(buffer);
            }
        });

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            using var input = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            while (!writer.IsCompleted)
            {
                var buffer = free.TryTake(out var reused) ? reused : new byte[BlockSize];
                var length = input.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                if (length == 0)
                {
                    break;
                }

                hash.AppendData(buffer, 0, length);
                while (!blocks.TryAdd((buffer, length), 50) && !writer.IsCompleted)
                {
                    // The writer is behind; a failed writer ends the loop and rethrows below.
                }
            }
        }
        finally
        {
            blocks.CompleteAdding();
            writer.GetAwaiter().GetResult();
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>A file in the raw store.</summary>
public sealed record LandedFile(string Sha256, string Path, bool AlreadyPresent);
