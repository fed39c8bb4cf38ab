namespace Observatory.Warehouse.Tests.Support;

/// <summary>
/// A copy of the repository's <c>etl/</c> and <c>schemas/</c> folders with one text replaced in one file: a build
/// with one piece of the protection switched off, to show that the disclosure audit catches what it protects.
/// </summary>
public sealed class EtlVariant : IDisposable
{
    private EtlVariant(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string EtlDirectory => Path.Combine(Root, "etl");

    public string SchemasDirectory => Path.Combine(Root, "schemas");

    /// <summary>Copies etl/ and schemas/, then replaces <paramref name="find"/> (which must occur) in <paramref name="relativePath"/>.</summary>
    public static EtlVariant With(string relativePath, string find, string replace)
    {
        var root = Path.Combine(Path.GetTempPath(), "obs-etl-" + Guid.NewGuid().ToString("N"));
        var repo = Warehouse.EtlDirectory.Locate();
        Copy(repo, Path.Combine(root, "etl"));
        Copy(Core.Reference.SchemasDirectory.Locate(), Path.Combine(root, "schemas"));
        var file = Path.Combine(root, relativePath);
        var text = File.ReadAllText(file);
        if (!text.Contains(find, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{relativePath} no longer contains «{find}»: update the variant.");
        }

        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));
        return new EtlVariant(root);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
