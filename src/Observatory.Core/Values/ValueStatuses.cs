using Observatory.Core.Text;

namespace Observatory.Core.Values;

/// <summary>Text codes of <see cref="ValueStatus"/> (<c>ok</c>, <c>secret</c>…) and status arithmetic.</summary>
public static class ValueStatuses
{
    private static readonly (ValueStatus Status, string Code)[] Codes =
    [
        (ValueStatus.Ok, "ok"),
        (ValueStatus.Rounded, "rounded"),
        (ValueStatus.Provisional, "provisional"),
        (ValueStatus.Imputed, "imputed"),
        (ValueStatus.Partial, "partial"),
        (ValueStatus.Missing, "missing"),
        (ValueStatus.Secret, "secret"),
    ];

    /// <summary>All statuses in severity order.</summary>
    public static IReadOnlyList<ValueStatus> All { get; } = [.. Codes.Select(c => c.Status)];

    /// <summary>The lower-case code stored in the warehouse.</summary>
    public static string ToCode(this ValueStatus status)
    {
        foreach (var (s, code) in Codes)
        {
            if (s == status)
            {
                return code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown value status.");
    }

    /// <summary>Parses a status code, case-insensitively, ignoring surrounding spaces.</summary>
    public static ParseResult<ValueStatus> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        foreach (var (s, code) in Codes)
        {
            if (string.Equals(code, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return ParseResult<ValueStatus>.ForValue(s, text ?? string.Empty);
            }
        }

        return ParseResult<ValueStatus>.ForError(
            ErrorMessages.Format(ErrorMessages.ValueStatusInvalid, text), text ?? string.Empty);
    }

    /// <summary>True when a value with this status may be shown and used in ratios.</summary>
    public static bool IsPublishable(this ValueStatus status) => status < ValueStatus.Missing;

    /// <summary>The worst status of the inputs (<see cref="ValueStatus.Ok"/> for none).</summary>
    public static ValueStatus Worst(IEnumerable<ValueStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var worst = ValueStatus.Ok;
        foreach (var s in statuses)
        {
            if (s > worst)
            {
                worst = s;
            }
        }

        return worst;
    }
}
