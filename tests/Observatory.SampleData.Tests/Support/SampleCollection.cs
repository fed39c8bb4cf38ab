namespace Observatory.SampleData.Tests.Support;

/// <summary>Test classes that read the one shared default generation (with defects).</summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<GeneratedSample>
{
    public const string Name = "default sample";
}
