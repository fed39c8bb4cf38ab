using Observatory.Core.Reference;
using Observatory.Etl.Contracts;

namespace Observatory.Etl.Tests.Contracts;

/// <summary>The repository's contracts and reference lists, loaded once.</summary>
public sealed class ContractFixture
{
    public ContractFixture()
    {
        SchemasDir = SchemasDirectory.Locate();
        Catalog = ContractCatalog.Load(SchemasDir);
        Reference = ReferenceCatalog.Load(SchemasDir);
        Matcher = new HeaderMatcher(Catalog);
    }

    public string SchemasDir { get; }

    public ContractCatalog Catalog { get; }

    public ReferenceCatalog Reference { get; }

    public HeaderMatcher Matcher { get; }
}
