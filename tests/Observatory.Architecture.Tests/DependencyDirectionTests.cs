using System.Reflection;

namespace Observatory.Architecture.Tests;

/// <summary>
/// The dependency directions of ARCHITECTURE.md and STYLE.md §2, checked on the compiled
/// assemblies' references: the engines know nothing of the observatory, Core and the native
/// layer depend on nothing of ours, only the safe binding touches the native one.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly string BinDirectory = AppContext.BaseDirectory;

    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "Observatory.Core", [] },
        { "Observatory.DuckDb.Native", [] },
        { "Observatory.DuckDb", ["Observatory.DuckDb.Native"] },
        { "Observatory.GraphQL.Language", [] },
        { "Observatory.GraphQL", ["Observatory.GraphQL.Language"] },
        { "Observatory.GraphQL.AspNetCore", ["Observatory.GraphQL", "Observatory.GraphQL.Language"] },
        { "Observatory.Etl", ["Observatory.Core", "Observatory.DuckDb", "Observatory.DuckDb.Native"] },
        { "Observatory.SampleData", ["Observatory.Core"] },
        { "Observatory.Warehouse", ["Observatory.Core", "Observatory.DuckDb", "Observatory.DuckDb.Native"] },
        { "Observatory.Reporting", ["Observatory.Core", "Observatory.DuckDb", "Observatory.DuckDb.Native"] },
        { "Observatory.Api", ["Observatory.Core", "Observatory.DuckDb", "Observatory.DuckDb.Native", "Observatory.GraphQL", "Observatory.GraphQL.Language", "Observatory.GraphQL.AspNetCore", "Observatory.Warehouse"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void Assembly_References_OnlyAllowedProjectAssemblies(string assemblyName, string[] allowed)
    {
        var assembly = Assembly.LoadFrom(Path.Combine(BinDirectory, assemblyName + ".dll"));

        var ours = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Observatory", StringComparison.Ordinal) || n == "observatory")
            .ToArray();

        Assert.All(ours, name => Assert.Contains(name, allowed));
    }

    [Fact]
    public void EveryProjectAssembly_HasNoTypeInTheGlobalNamespace()
    {
        var assemblies = Directory.GetFiles(BinDirectory, "Observatory.*.dll")
            .Where(p => !Path.GetFileName(p).Contains(".Tests", StringComparison.Ordinal))
            .Select(Assembly.LoadFrom);

        var global = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace is null && !t.FullName!.StartsWith('<') && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(global);
    }
}
