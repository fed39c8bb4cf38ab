using Observatory.Core.Home;

namespace Observatory.Core.Tests.Home;

public sealed class PrivateFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "obs-private-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Apply_FilesAndDirectoriesCreatedAfterwardsAreTheOwnersOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        PrivateFiles.Apply();
        var directory = Directory.CreateDirectory(Path.Combine(_root, "lake")).FullName;
        var file = Path.Combine(directory, "survey.csv");
        File.WriteAllText(file, "finess;nom\n");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void WarningFor_AHomeOthersCanRead_SaysSoInFrench_AndNothingForAPrivateOne()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(_root);
        File.SetUnixFileMode(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var warning = PrivateFiles.WarningFor(_root);

        Assert.NotNull(warning);
        Assert.Contains("755", warning, StringComparison.Ordinal);
        Assert.Contains("chmod -R go-rwx", warning, StringComparison.Ordinal);

        File.SetUnixFileMode(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Null(PrivateFiles.WarningFor(_root));
        Assert.Null(PrivateFiles.WarningFor(Path.Combine(_root, "absent")));
    }
}
