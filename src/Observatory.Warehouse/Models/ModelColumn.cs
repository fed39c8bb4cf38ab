namespace Observatory.Warehouse.Models;

/// <summary>A documented column of a model; publication models turn it into <c>COMMENT ON COLUMN</c>.</summary>
public sealed record ModelColumn(string Name, string Description);
