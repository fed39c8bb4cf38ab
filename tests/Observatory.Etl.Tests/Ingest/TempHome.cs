using Observatory.Core.Home;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>A throw-away directory holding a data home (and input files), deleted on dispose.</summary>
public sealed class TempHome : IDisposable
{
    public TempHome()
    {
        Root = Path.Combine(Path.GetTempPath(), "obs-etl-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Home = DataHome.Resolve(Path.Combine(Root, "home"));
        Inputs = Path.Combine(Root, "in");
        Directory.CreateDirectory(Inputs);
    }

    public string Root { get; }

    public DataHome Home { get; }

    public string Inputs { get; }

    public string WriteInput(string name, string content, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(Inputs, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory does not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
            // Raw copies are read-only; ignore if they cannot be removed.
        }
    }
}
