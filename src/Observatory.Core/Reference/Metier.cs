namespace Observatory.Core.Reference;

/// <summary>A row of <c>metiers.csv</c>. <c>PriorityAin</c>: One of the 8 « métiers prioritaires » of the Ain (01). <c>PriorityLandes</c>: One of the Landes (40) « principaux métiers » (list to verify).
/// </summary>
public sealed record Metier(
    string Code,
    string Label,
    string ShortLabel,
    string Sector,
    bool PriorityAin,
    bool PriorityLandes,
    string? Note);
