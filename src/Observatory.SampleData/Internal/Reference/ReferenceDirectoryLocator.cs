namespace Observatory.SampleData.Internal.Reference;

/// <summary>Finds <c>schemas/reference</c> when the options do not name it.</summary>
internal static class ReferenceDirectoryLocator
{
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "schemas", "reference");
                if (File.Exists(Path.Combine(candidate, "departments.csv")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "Could not find schemas/reference (with departments.csv) above the current or application directory; set SampleDataOptions.ReferenceDirectory.");
    }
}
