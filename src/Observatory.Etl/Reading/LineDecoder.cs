using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Observatory.Etl.Reading;

/// <summary>
/// Decodes one physical line in the file's declared encoding, strictly: invalid UTF-8, or UTF-8
/// text in a file declared latin-1, raises <see cref="SourceFileException"/> with the line and
/// the 1-based character column of the first offending byte.
/// </summary>
internal static class LineDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string Decode(byte[] bytes, int lineNumber, TextEncoding encoding, string path)
    {
        ReadOnlySpan<byte> span = bytes;
        if (lineNumber == 1 && span.StartsWith(Utf8Bom))
        {
            if (encoding == TextEncoding.Latin1)
            {
                throw new SourceFileException(ReadIssueCodes.EncodingMismatch, path,
                    $"{path}:1:1: the file starts with a UTF-8 byte order mark but its contract declares latin-1 (ISO-8859-1)", 1, 1);
            }

            span = span[Utf8Bom.Length..];
        }

        return encoding == TextEncoding.Utf8 ? DecodeUtf8(span, lineNumber, path) : DecodeLatin1(span, lineNumber, path);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> span, int lineNumber, string path)
    {
        if (Ascii.IsValid(span))
        {
            return Encoding.ASCII.GetString(span);
        }

        var chars = ArrayPool<char>.Shared.Rent(span.Length);
        try
        {
            var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var offending = span[bytesRead];
                throw new SourceFileException(ReadIssueCodes.EncodingMismatch, path,
                    $"{path}:{lineNumber}:{charsWritten + 1}: invalid UTF-8 byte 0x{offending:X2}; the file is declared UTF-8 but looks like latin-1 (ISO-8859-1) or Windows-1252",
                    lineNumber, charsWritten + 1);
            }

            return new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string DecodeLatin1(ReadOnlySpan<byte> span, int lineNumber, string path)
    {
        if (!Ascii.IsValid(span) && Utf8.IsValid(span))
        {
            var column = span.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) + 1;
            throw new SourceFileException(ReadIssueCodes.EncodingMismatch, path,
                $"{path}:{lineNumber}:{column}: the file is declared latin-1 (ISO-8859-1) but this line is UTF-8 encoded text",
                lineNumber, column);
        }

        return Encoding.Latin1.GetString(span);
    }
}
