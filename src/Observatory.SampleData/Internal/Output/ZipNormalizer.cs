using System.IO.Compression;

namespace Observatory.SampleData.Internal.Output;

/// <summary>Rewrites a zip package with the same entries in the same order and one constant entry time.</summary>
internal static class ZipNormalizer
{
    public static byte[] Normalize(byte[] package, DateTime timestamp)
    {
        using var input = new MemoryStream(package, writable: false);
        using var source = new ZipArchive(input, ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(timestamp, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
