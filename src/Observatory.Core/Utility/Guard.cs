using System.Runtime.CompilerServices;

namespace Observatory.Core.Utility;

/// <summary>
/// Preconditions of public entry points. These throw only for programmer errors (a null argument,
/// an out-of-range index); expected bad input goes through <see cref="Text.ParseResult{T}"/>.
/// </summary>
public static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static string NotNullOrEmpty(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value.Length == 0 ? throw new ArgumentException("Value must not be empty.", name) : value;
    }

    public static string NotNullOrWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException("Value must not be blank.", name)
            : value;
    }

    public static int InRange(int value, int minInclusive, int maxInclusive,
        [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value < minInclusive || value > maxInclusive
            ? throw new ArgumentOutOfRangeException(name, value, $"Value must be between {minInclusive} and {maxInclusive}.")
            : value;

    public static double InRange(double value, double minInclusive, double maxInclusive,
        [CallerArgumentExpression(nameof(value))] string? name = null) =>
        double.IsNaN(value) || value < minInclusive || value > maxInclusive
            ? throw new ArgumentOutOfRangeException(name, value, $"Value must be between {minInclusive} and {maxInclusive}.")
            : value;
}
