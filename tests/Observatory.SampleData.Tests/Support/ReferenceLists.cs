namespace Observatory.SampleData.Tests.Support;

/// <summary>Codes of <c>schemas/reference/*.csv</c>, read directly (not through the generator), in file order.</summary>
public static class ReferenceLists
{
    public static IReadOnlyList<string> Departments() => FirstColumn("departments.csv");

    public static IReadOnlyList<string> Regions() => FirstColumn("regions.csv");

    private static List<string> FirstColumn(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "schemas", "reference", file)))
        {
            directory = directory.Parent;
        }

        return File.ReadAllLines(Path.Combine(directory.FullName, "schemas", "reference", file))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();
    }
}
