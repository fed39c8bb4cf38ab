using System.CommandLine;
using Observatory.Core.Home;
using Observatory.Cli.Commands;
using Observatory.Cli.Hosting;

namespace Observatory.Cli;

/// <summary>Builds the <c>observatory</c> command tree. Only verbs that work are registered.</summary>
internal static class CliApp
{
    public static int Run(string[] args) => Run(args, CliConsole.System);

    public static int Run(string[] args, CliConsole console)
    {
        var home = new Option<string?>("--home")
        {
            Description = "Dossier de données (par défaut : $OBSERVATORY_HOME, sinon ./data).",
            Recursive = true,
        };
        var root = new RootCommand("Observatory : entrepôt de données et API des tensions de recrutement des métiers du soin et de l'accompagnement.")
        {
            home,
        };
        root.Subcommands.Add(SampleDataCommand.Create(console));
        root.Subcommands.Add(SqlCommand.Create(home, console));
        root.Subcommands.Add(IngestCommand.Create(home, console));
        root.Subcommands.Add(BuildCommand.Create(home, console));
        root.Subcommands.Add(ReportCommand.Create(home, console));
        root.Subcommands.Add(ServeCommand.Create(home, console));
        root.Subcommands.Add(DemoCommand.Create(home, console));
        root.Subcommands.Add(StatusCommand.Create(home, console));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine(error.Message);
            }

            console.Error.WriteLine("Voir « observatory --help ».");
            return ExitCodes.Usage;
        }

        // everything the observatory writes is private to its owner; a home others can read is reported
        PrivateFiles.Apply();
        if (parse.CommandResult.Command is not RootCommand && parse.CommandResult.Command.Name != "sample-data"
            && PrivateFiles.WarningFor(DataHome.Resolve(parse.GetValue(home)).Root) is { } warning)
        {
            console.Error.WriteLine(warning);
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
