namespace Observatory.SampleData;

/// <summary>A commune used by the URSSAF sample file.</summary>
/// <param name="Code">INSEE commune code (5 characters).</param>
/// <param name="Label">Commune name.</param>
/// <param name="DepartmentCode">Department of the commune.</param>
/// <param name="Invented">True when the code and name are made up (not a real COG commune).</param>
public sealed record SyntheticCommune(string Code, string Label, string DepartmentCode, bool Invented);
