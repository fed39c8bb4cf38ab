using System.Text;

namespace Observatory.SampleData.Tests.Support;

/// <summary>Reads generated delimited files back: physical lines split on the delimiter (no quoted delimiters in these files).</summary>
public static class CsvTestReader
{
    public static string[] Lines(string path, Encoding encoding)
    {
        var text = encoding.GetString(File.ReadAllBytes(path));
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
    }

    public static List<Dictionary<string, string>> Records(string path, Encoding encoding, char delimiter = ';')
    {
        var lines = Lines(path, encoding);
        var header = lines[0].Split(delimiter);
        return lines.Skip(1)
            .Select(l => header.Zip(l.Split(delimiter)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }
}
