using System.Text.RegularExpressions;
using Observatory.Core.Text;

namespace Observatory.Etl.Contracts;

public sealed partial class RuleExpression
{
    /// <summary>Parses <c>"xmet &lt;= met"</c>; a failure message says what is wrong.</summary>
    public static ParseResult<RuleExpression> Parse(string? text)
    {
        var input = text ?? string.Empty;
        var tokens = TokenRegex().Matches(input).Select(m => m.Value).ToList();
        if (string.Concat(tokens) != WhitespaceRegex().Replace(input, string.Empty))
        {
            return ParseResult<RuleExpression>.ForError($"Rule '{input}' contains characters outside names, numbers, + - * and comparisons.", input);
        }

        var opIndexes = tokens.Select((t, i) => (t, i)).Where(x => Operators.Contains(x.t)).Select(x => x.i).ToList();
        if (opIndexes.Count != 1)
        {
            return ParseResult<RuleExpression>.ForError($"Rule '{input}' must contain exactly one comparison (<=, <, >=, >, ==, !=).", input);
        }

        var left = ParseSum(tokens[..opIndexes[0]]);
        var right = ParseSum(tokens[(opIndexes[0] + 1)..]);
        return left is null || right is null
            ? ParseResult<RuleExpression>.ForError($"Rule '{input}' is not 'sum op sum' (terms are names or numbers joined by + - *).", input)
            : ParseResult<RuleExpression>.ForValue(new RuleExpression(input.Trim(), left, tokens[opIndexes[0]], right), input);
    }

    private static List<Term>? ParseSum(List<string> tokens)
    {
        var terms = new List<Term>();
        var negative = false;
        var factors = new List<Factor>();
        var expectOperand = true;
        foreach (var token in tokens)
        {
            if (expectOperand)
            {
                if (char.IsAsciiDigit(token[0]))
                {
                    factors.Add(new Factor(null, ParseNumber(token)));
                }
                else if (char.IsAsciiLetter(token[0]) || token[0] == '_')
                {
                    factors.Add(new Factor(token, null));
                }
                else
                {
                    return null;
                }

                expectOperand = false;
            }
            else if (token is "+" or "-")
            {
                terms.Add(new Term(negative, factors));
                factors = [];
                negative = token == "-";
                expectOperand = true;
            }
            else if (token == "*")
            {
                expectOperand = true;
            }
            else
            {
                return null;
            }
        }

        if (expectOperand)
        {
            return null;
        }

        terms.Add(new Term(negative, factors));
        return terms;
    }

    [GeneratedRegex(@"<=|>=|==|!=|<|>|\+|-|\*|[A-Za-z_][A-Za-z0-9_]*|\d+(\.\d+)?")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
