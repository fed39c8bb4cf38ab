namespace Observatory.Etl.Reading;

/// <summary>
/// Splits a stream into physical lines at the byte level, on <c>\n</c> (a trailing <c>\r</c> is
/// removed). Splitting bytes before decoding is safe for UTF-8 and latin-1 alike, because byte
/// 0x0A never occurs inside a multi-byte UTF-8 sequence, and lets a decoding error be reported
/// with its line.
/// </summary>
internal static class ByteLineSplitter
{
    private const int BufferSize = 1 << 16;

    public static IEnumerable<byte[]> Split(Stream stream)
    {
        var buffer = new byte[BufferSize];
        using var pending = new MemoryStream();
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                if (newline < 0)
                {
                    pending.Write(buffer, start, read - start);
                    break;
                }

                pending.Write(buffer, start, newline - start);
                yield return TakeLine(pending);
                start = newline + 1;
            }
        }

        if (pending.Length > 0)
        {
            yield return TakeLine(pending);
        }
    }

    private static byte[] TakeLine(MemoryStream pending)
    {
        var length = (int)pending.Length;
        var bytes = pending.GetBuffer();
        if (length > 0 && bytes[length - 1] == (byte)'\r')
        {
            length--;
        }

        var line = bytes.AsSpan(0, length).ToArray();
        pending.SetLength(0);
        return line;
    }
}
