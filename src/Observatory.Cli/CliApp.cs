using System.CommandLine;

namespace Observatory.Cli;

/// <summary>Builds the <c>observatory</c> command tree. Only verbs that work are registered.</summary>
internal static class CliApp
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Observatory: entrepôt de données et API des tensions de recrutement des métiers du soin et de l'accompagnement.");
        return root.Parse(args).Invoke();
    }
}
