namespace Observatory.Etl.Contracts.Internal;

/// <summary>
/// Reads one entry of <c>rules:</c>: exactly one of <c>check</c>, <c>non_negative</c>, <c>unique</c>, or a
/// <c>when</c> with exactly one of <c>filled</c> and <c>blank</c>.
/// </summary>
internal static class RuleReader
{
    public static RowRule Read(YamlNode node)
    {
        var id = node.RequiredString("id");
        var severity = ContractReader.Enum<RuleSeverity>(node.Required("severity"), new() { ["error"] = RuleSeverity.Error, ["warning"] = RuleSeverity.Warning });
        var message = node.RequiredString("message_fr");
        var check = node.Optional("check");
        var nonNegative = node.Optional("non_negative");
        var unique = node.Optional("unique");
        var when = node.Optional("when");
        var filled = node.Optional("filled");
        var blank = node.Optional("blank");
        node.EnsureAllRead();
        var count = (check is null ? 0 : 1) + (nonNegative is null ? 0 : 1) + (unique is null ? 0 : 1) + (when is null ? 0 : 1);
        if (count != 1)
        {
            throw node.Error($"rule '{id}' needs exactly one of 'check', 'non_negative', 'unique' or 'when'");
        }

        if (when is null && (filled ?? blank) is { } stray)
        {
            throw stray.Error($"rule '{id}': 'filled' and 'blank' go with 'when'");
        }

        if (check is not null)
        {
            var expression = RuleExpression.Parse(check.Scalar());
            return expression.Success
                ? new RowRule { Id = id, Kind = RuleKind.Check, Severity = severity, MessageFr = message, Expression = expression.Value, Line = node.Line }
                : throw check.Error(expression.Error);
        }

        if (when is not null)
        {
            return Presence(id, severity, message, node, when, filled, blank);
        }

        var list = (nonNegative ?? unique)!;
        return new RowRule
        {
            Id = id,
            Kind = nonNegative is not null ? RuleKind.NonNegative : RuleKind.Unique,
            Severity = severity,
            MessageFr = message,
            Columns = Columns(list),
            Line = node.Line,
        };
    }

    private static RowRule Presence(string id, RuleSeverity severity, string message, YamlNode node, YamlNode when, YamlNode? filled, YamlNode? blank)
    {
        if ((filled is null) == (blank is null))
        {
            throw node.Error($"rule '{id}' needs exactly one of 'filled' or 'blank' beside 'when'");
        }

        var column = when.RequiredString("column");
        var values = when.Required("in");
        when.EnsureAllRead();
        return new RowRule
        {
            Id = id,
            Kind = RuleKind.Presence,
            Severity = severity,
            MessageFr = message,
            When = new RuleCondition(column, Columns(values)),
            Columns = Columns((filled ?? blank)!),
            MustBeFilled = filled is not null,
            Line = node.Line,
        };
    }

    private static IReadOnlyList<string> Columns(YamlNode list)
    {
        var columns = list.StringList();
        return columns.Count == 0 ? throw list.Error("the list is empty") : columns;
    }
}
