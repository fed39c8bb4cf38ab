namespace Observatory.Core.Geography;

/// <summary>Territory levels of <c>dim_territory</c> (DATA-SOURCES §14).</summary>
public enum TerritoryType
{
    /// <summary>France (<c>FR</c>).</summary>
    Nation,

    /// <summary>Region (<c>REG</c>).</summary>
    Region,

    /// <summary>Department (<c>DEP</c>).</summary>
    Department,

    /// <summary>BMO bassin (<c>BASBMO</c>), 4 characters.</summary>
    BmoBassin,

    /// <summary>Commune (<c>COM</c>), 5 characters.</summary>
    Commune,
}
