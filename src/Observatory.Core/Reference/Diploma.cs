namespace Observatory.Core.Reference;

/// <summary>A row of <c>diplomas.csv</c>; <see cref="Source"/> is the DREES source id publishing it.</summary>
public sealed record Diploma(string Code, string Label, string Source, string? Note);
