namespace Observatory.Etl.Contracts;

/// <summary>A row rule of a contract (see <c>schemas/README.md</c> §2.4).</summary>
public sealed record RowRule
{
    public required string Id { get; init; }

    public required RuleKind Kind { get; init; }

    public required RuleSeverity Severity { get; init; }

    /// <summary>Message for analysts, in French.</summary>
    public required string MessageFr { get; init; }

    /// <summary>The parsed comparison of a <see cref="RuleKind.Check"/> rule.</summary>
    public RuleExpression? Expression { get; init; }

    /// <summary>The columns of a <see cref="RuleKind.NonNegative"/>, <see cref="RuleKind.Unique"/> or <see cref="RuleKind.Presence"/> rule.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The rows a <see cref="RuleKind.Presence"/> rule applies to.</summary>
    public RuleCondition? When { get; init; }

    /// <summary>For a <see cref="RuleKind.Presence"/> rule: true when <see cref="Columns"/> must be filled, false when they must be blank.</summary>
    public bool MustBeFilled { get; init; }

    public int Line { get; init; }

    /// <summary>Every column the rule reads.</summary>
    public IEnumerable<string> ReferencedColumns =>
        Expression?.Columns ?? (When is { } when ? Columns.Prepend(when.Column) : Columns);
}
