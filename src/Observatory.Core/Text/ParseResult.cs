using System.Diagnostics.CodeAnalysis;
using Observatory.Core.Utility;

namespace Observatory.Core.Text;

/// <summary>
/// The outcome of parsing expected-but-possibly-bad input (a cell, a code, a period): either a
/// value or a message. A bad cell is data, not control flow, so parsers return this instead of
/// throwing; <see cref="GetValueOrThrow"/> builds the exception only when a caller asks for it.
/// </summary>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error, string input)
    {
        _value = value;
        Error = error;
        Input = input;
    }

    /// <summary>True when parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The developer-facing failure message (English), or null on success.</summary>
    public string? Error { get; }

    /// <summary>The raw text that was parsed.</summary>
    public string Input { get; }

    /// <summary>The parsed value; throws <see cref="InvalidOperationException"/> on failure.</summary>
    public T Value => Success
        ? _value!
        : throw new InvalidOperationException($"Parse failed, no value: {Error}");

    public static ParseResult<T> ForValue(T value, string input) => new(value, null, input);

    public static ParseResult<T> ForError(string error, string input)
    {
        Guard.NotNullOrEmpty(error);
        return new ParseResult<T>(default, error, input);
    }

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value!;
        return Success;
    }

    /// <summary>The value, or a <see cref="FormatException"/> carrying the failure message.</summary>
    public T GetValueOrThrow() => Success ? _value! : throw new FormatException(Error);

    /// <summary>Maps a successful value; a failure is passed through unchanged.</summary>
    public ParseResult<TOut> Select<TOut>(Func<T, TOut> map)
    {
        Guard.NotNull(map);
        return Success ? ParseResult<TOut>.ForValue(map(_value!), Input) : ParseResult<TOut>.ForError(Error, Input);
    }

    public override string ToString() => Success ? $"Success({_value})" : $"Failure({Error})";
}
