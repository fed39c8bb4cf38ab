using System.Text;

namespace Observatory.Etl.Jobs;

/// <summary>
/// Reads the first non-blank line of a text file for detection only: decoded as UTF-8 when valid
/// (a BOM is dropped), else as latin-1, so that detection never fails on encoding; the strict
/// decoding happens when rows are read.
/// </summary>
internal static class HeaderLineReader
{
    private const int MaxBytes = 1 << 20;

    public static string? FirstLine(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(MaxBytes, Math.Max(1, stream.Length))];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var text = Decode(buffer.AsSpan(0, read));
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Trim().Length > 0)
            {
                return trimmed;
            }
        }

        return null;
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>Splits a header line on a delimiter, removing the quotes around a cell.</summary>
    public static string[] Split(string line, char delimiter) =>
        [.. line.Split(delimiter).Select(c => c.Length >= 2 && c[0] == '"' && c[^1] == '"' ? c[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : c)];
}
