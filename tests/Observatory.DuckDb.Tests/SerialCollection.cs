namespace Observatory.DuckDb.Tests;

/// <summary>Tests that measure the process (handles, memory) and must not run beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
