namespace Observatory.Warehouse.Build;

/// <summary>A model's SQL failed in DuckDB; the message names the model and its file.</summary>
public sealed class ModelRunException : Exception
{
    public ModelRunException()
    {
    }

    public ModelRunException(string message)
        : base(message)
    {
    }

    public ModelRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
