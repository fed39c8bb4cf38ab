using System.Security.Cryptography;
using Observatory.Core.Home;

namespace Observatory.Etl.Landing;

/// <summary>
/// The immutable copies of the publishers' files: <c>raw/&lt;sha[0..2]&gt;/&lt;sha256&gt;&lt;ext&gt;</c>,
/// content-addressed, written to a temporary name then renamed, and made read-only. Landing the
/// same bytes twice changes nothing.
/// </summary>
public sealed class RawStore
{
    private readonly DataHome _home;

    public RawStore(DataHome home) => _home = home;

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
        var sha = Sha256(sourcePath);
        var target = PathFor(sha, Path.GetExtension(sourcePath));
        if (File.Exists(target))
        {
            return new LandedFile(sha, target, AlreadyPresent: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp-" + Environment.ProcessId;
        File.Copy(sourcePath, temporary, overwrite: true);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        File.Move(temporary, target, overwrite: true);
        return new LandedFile(sha, target, AlreadyPresent: false);
    }
}

/// <summary>A file in the raw store.</summary>
public sealed record LandedFile(string Sha256, string Path, bool AlreadyPresent);
