namespace Observatory.Core.Reference;

/// <summary>A row of <c>departments.csv</c>; <see cref="Zone"/> is <c>metro</c> or <c>drom</c>.</summary>
public sealed record Department(string Code, string Label, string RegionCode, string Zone);
