using System.Globalization;

namespace Observatory.Etl.Contracts;

/// <summary>
/// A parsed rule comparison: <c>sum op sum</c>, where a sum is terms joined by <c>+</c>/<c>-</c>
/// and a term is a product (<c>*</c>) of column names and numbers. Example:
/// <c>age_under_30 + age_30_44 + age_45_54 + age_55_plus == headcount</c>.
/// </summary>
public sealed partial class RuleExpression
{
    private static readonly string[] Operators = ["<=", ">=", "==", "!=", "<", ">"];

    private RuleExpression(string text, IReadOnlyList<Term> left, string op, IReadOnlyList<Term> right)
    {
        Text = text;
        Left = left;
        Operator = op;
        Right = right;
    }

    public string Text { get; }

    public string Operator { get; }

    internal IReadOnlyList<Term> Left { get; }

    internal IReadOnlyList<Term> Right { get; }

    /// <summary>The distinct column names used, in order of appearance.</summary>
    public IReadOnlyList<string> Columns =>
        [.. Left.Concat(Right).SelectMany(t => t.Factors).Where(f => f.Column is not null).Select(f => f.Column!).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Evaluates with the given column values; null when an operand is unavailable (masked or
    /// empty), in which case the rule is skipped rather than failed.
    /// </summary>
    public bool? Evaluate(Func<string, decimal?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var left = Sum(Left, valueOf);
        var right = Sum(Right, valueOf);
        if (left is not { } l || right is not { } r)
        {
            return null;
        }

        return Operator switch
        {
            "<=" => l <= r,
            ">=" => l >= r,
            "==" => l == r,
            "!=" => l != r,
            "<" => l < r,
            _ => l > r,
        };
    }

    public override string ToString() => Text;

    private static decimal? Sum(IReadOnlyList<Term> terms, Func<string, decimal?> valueOf)
    {
        decimal total = 0;
        foreach (var term in terms)
        {
            decimal product = 1;
            foreach (var factor in term.Factors)
            {
                var v = factor.Column is null ? factor.Number : valueOf(factor.Column);
                if (v is null)
                {
                    return null;
                }

                product *= v.Value;
            }

            total += term.Negative ? -product : product;
        }

        return total;
    }

    internal sealed record Factor(string? Column, decimal? Number);

    internal sealed record Term(bool Negative, IReadOnlyList<Factor> Factors);

    private static decimal ParseNumber(string token) => decimal.Parse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
