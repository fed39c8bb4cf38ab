using Observatory.Core.Reference;

namespace Observatory.Core.Tests.Reference;

/// <summary>Loads the repository's reference lists once (copied beside the test binaries by the build).</summary>
public sealed class ReferenceFixture
{
    public ReferenceFixture()
    {
        SchemasDir = SchemasDirectory.Locate();
        Catalog = ReferenceCatalog.Load(SchemasDir);
    }

    public string SchemasDir { get; }

    public ReferenceCatalog Catalog { get; }
}
