namespace Observatory.Etl.Contracts.Internal;

/// <summary>Reads one entry of <c>rules:</c>: exactly one of <c>check</c>, <c>non_negative</c>, <c>unique</c>.</summary>
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
        node.EnsureAllRead();
        var count = (check is null ? 0 : 1) + (nonNegative is null ? 0 : 1) + (unique is null ? 0 : 1);
        if (count != 1)
        {
            throw node.Error($"rule '{id}' needs exactly one of 'check', 'non_negative' or 'unique'");
        }

        if (check is not null)
        {
            var expression = RuleExpression.Parse(check.Scalar());
            return expression.Success
                ? new RowRule { Id = id, Kind = RuleKind.Check, Severity = severity, MessageFr = message, Expression = expression.Value, Line = node.Line }
                : throw check.Error(expression.Error);
        }

        var list = (nonNegative ?? unique)!;
        var columns = list.StringList();
        return columns.Count == 0
            ? throw list.Error("the column list is empty")
            : new RowRule
            {
                Id = id,
                Kind = nonNegative is not null ? RuleKind.NonNegative : RuleKind.Unique,
                Severity = severity,
                MessageFr = message,
                Columns = columns,
                Line = node.Line,
            };
    }
}
