namespace Observatory.Warehouse.Models;

/// <summary>
/// How a model is created in the build: a view (computed on read), a table (stored), or an iterated table:
/// stored, then its <c>&lt;model&gt;.step.sql</c> statement is run again and again until it changes no row
/// (a fixpoint, e.g. secondary suppression until no hidden cell can be recomputed).
/// </summary>
public enum ModelMaterialization
{
    View,
    Table,
    Iterated,
}
