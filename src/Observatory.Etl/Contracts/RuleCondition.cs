namespace Observatory.Etl.Contracts;

/// <summary>The <c>when</c> of a <see cref="RuleKind.Presence"/> rule: the row's normalised <paramref name="Column"/> is one of <paramref name="Values"/>.</summary>
public sealed record RuleCondition(string Column, IReadOnlyList<string> Values);
