namespace Observatory.Etl.Contracts;

/// <summary>A column's code list (<c>schemas/reference/&lt;List&gt;.csv</c>) and the policy for unknown codes.</summary>
public sealed record ColumnReference(string List, UnknownCodePolicy Unknown);
