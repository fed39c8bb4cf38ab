namespace Observatory.Etl.Reading;

/// <summary>How a CSV file is written: its declared encoding and its field delimiter.</summary>
public sealed record CsvDialect(TextEncoding Encoding, char Delimiter);

/// <summary>The encodings publishers use.</summary>
public enum TextEncoding
{
    Utf8,
    Latin1,
}
