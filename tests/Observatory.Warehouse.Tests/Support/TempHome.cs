using Observatory.Core.Home;

namespace Observatory.Warehouse.Tests.Support;

/// <summary>A fresh data home in the temp folder, deleted on dispose.</summary>
public sealed class TempHome : IDisposable
{
    public TempHome()
    {
        Root = Path.Combine(Path.GetTempPath(), "obs-wh-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Home = DataHome.Resolve(Path.Combine(Root, "home"));
    }

    public string Root { get; }

    public DataHome Home { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a reader of the test may still hold a build file; the temp folder is cleaned by the OS
        }
    }
}
