namespace Observatory.Warehouse.Access;

/// <summary>No published warehouse can be served (nothing built yet, or the pointer names a missing file).</summary>
public sealed class WarehouseUnavailableException : Exception
{
    /// <summary>The French message shown to users.</summary>
    public const string NotPublishedMessage = "Aucun entrepôt publié : lancez observatory build";

    public WarehouseUnavailableException()
        : base(NotPublishedMessage)
    {
    }

    public WarehouseUnavailableException(string message)
        : base(message)
    {
    }

    public WarehouseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
