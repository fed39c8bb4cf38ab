namespace Observatory.Warehouse.Models;

/// <summary>How a model is created in the build: a view (computed on read) or a table (stored).</summary>
public enum ModelMaterialization
{
    View,
    Table,
}
