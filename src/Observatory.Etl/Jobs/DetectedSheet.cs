using Observatory.Etl.Contracts;

namespace Observatory.Etl.Jobs;

/// <summary>One data sheet of a workbook whose contract reads every matching sheet: its name, layout, header row and bindings.</summary>
public sealed record DetectedSheet(string Name, ContractVariant Variant, IReadOnlyList<string> Headers, IReadOnlyList<HeaderBinding> Bindings);
