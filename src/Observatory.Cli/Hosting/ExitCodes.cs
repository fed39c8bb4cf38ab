namespace Observatory.Cli.Hosting;

/// <summary>The exit codes of the <c>observatory</c> command, a contract scripts rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The data, a query or a check failed; nothing was published.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
