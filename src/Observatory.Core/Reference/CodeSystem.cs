namespace Observatory.Core.Reference;

/// <summary>External job nomenclatures crosswalked to the observatory métiers (DATA-SOURCES §2).</summary>
public enum CodeSystem
{
    Rome,
    Fap,
    Pcs,
}
