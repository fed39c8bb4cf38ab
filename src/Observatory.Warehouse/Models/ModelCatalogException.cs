namespace Observatory.Warehouse.Models;

/// <summary>The model files are inconsistent (missing YAML, unknown dependency, cycle…).</summary>
public sealed class ModelCatalogException : Exception
{
    public ModelCatalogException()
    {
    }

    public ModelCatalogException(string message)
        : base(message)
    {
    }

    public ModelCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
