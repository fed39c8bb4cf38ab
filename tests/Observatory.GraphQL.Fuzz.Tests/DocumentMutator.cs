using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>
/// Text mutations of GraphQL documents: character flips, token deletion and duplication, deep nesting, long
/// strings, random Unicode, huge numbers and splices of two documents.
/// </summary>
public static partial class DocumentMutator
{
    private const string Punctuators = "{}[]()!$&|:=@.\"#,\\\n\t ";

    private static readonly string[] HugeNumbers =
    [
        "1e999999", "-1e-999999", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649",
        "1.7976931348623157e309", "0.000000000000000000000000000000001", "00", "-0", "1.", ".5", "0x1F", "1e", "NaN",
    ];

    [GeneratedRegex(@"[_A-Za-z][_0-9A-Za-z]*|-?[0-9][0-9.eE+-]*|""[^""\n]*""|\.\.\.|\s+|.", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static string Mutate(string text, string other, Random random)
    {
        var rounds = random.Next(4) == 0 ? random.Next(2, 4) : 1;
        for (var i = 0; i < rounds; i++)
        {
            text = random.Next(9) switch
            {
                0 => FlipCharacters(text, random),
                1 => DeleteTokens(text, random),
                2 => DuplicateTokens(text, random),
                3 => Nest(text, random),
                4 => InsertAt(text, random, LongString(random)),
                5 => InsertAt(text, random, RandomUnicode(random)),
                6 => InsertAt(text, random, HugeNumber(random)),
                7 => Splice(text, other, random),
                _ => DuplicateTokens(DeleteTokens(text, random), random),
            };
        }

        return text;
    }

    private static string FlipCharacters(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var flips = random.Next(1, 6);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(chars.Length);
            chars[at] = random.Next(3) switch
            {
                0 => Punctuators[random.Next(Punctuators.Length)],
                1 => (char)(chars[at] ^ (1 << random.Next(8))),
                _ => (char)random.Next(0x20, 0x7F),
            };
        }

        return new string(chars);
    }

    private static List<string> Tokens(string text) => TokenPattern().Matches(text).Select(m => m.Value).ToList();

    private static string DeleteTokens(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var at = random.Next(tokens.Count);
        tokens.RemoveRange(at, Math.Min(random.Next(1, 4), tokens.Count - at));
        return string.Concat(tokens);
    }

    private static string DuplicateTokens(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var at = random.Next(tokens.Count);
        var length = Math.Min(random.Next(1, 12), tokens.Count - at);
        var copies = random.Next(4) == 0 ? random.Next(2, 300) : random.Next(1, 4);
        var slice = string.Concat(tokens.GetRange(at, length));
        tokens.Insert(at, string.Concat(Enumerable.Repeat(slice + " ", copies)));
        return string.Concat(tokens);
    }

    private static string Nest(string text, Random random)
    {
        var depth = random.Next(4) == 0 ? random.Next(150, 5000) : random.Next(10, 150);
        var (open, close) = random.Next(5) switch
        {
            0 => ("{", "}"),
            1 => ("[", "]"),
            2 => ("{ a ", " }"),
            3 => ("{ f(x: {y: ", "}) }"),
            _ => ("{ dog { mother ", " } }"),
        };
        var nested = new StringBuilder();
        nested.Insert(0, open, depth);
        if (random.Next(2) == 0)
        {
            nested.Append(" name ").Insert(nested.Length, close, depth);
        }

        return random.Next(3) == 0 ? nested.ToString() : InsertAt(text, random, nested.ToString());
    }

    private static string LongString(Random random)
    {
        var length = random.Next(4) == 0 ? random.Next(10_000, 200_000) : random.Next(1, 2_000);
        var body = new string((char)random.Next('a', 'z' + 1), length);
        return random.Next(3) switch
        {
            0 => "\"" + body + "\"",
            1 => "\"\"\"" + body + "\n\\\"\"\"" + body + "\"\"\"",
            _ => "\"" + body, // unterminated
        };
    }

    private static string RandomUnicode(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            var code = random.Next(6) switch
            {
                0 => random.Next(0, 0x20),
                1 => random.Next(0xD800, 0xE000), // lone surrogates
                2 => 0xFEFF,
                3 => random.Next(0x80, 0x800),
                4 => random.Next(0x10000, 0x10FFFF),
                _ => random.Next(0x20, 0x7F),
            };
            if (code >= 0x10000)
            {
                builder.Append(char.ConvertFromUtf32(code));
            }
            else
            {
                builder.Append((char)code);
            }
        }

        return random.Next(2) == 0 ? builder.ToString() : "\"" + builder + "\"";
    }

    private static string HugeNumber(Random random) => random.Next(3) switch
    {
        0 => HugeNumbers[random.Next(HugeNumbers.Length)],
        1 => new string('9', random.Next(1, 400)),
        _ => "-" + new string('1', random.Next(1, 50)) + "." + new string('0', random.Next(0, 50)) + "e" + random.Next(-400, 400).ToString(CultureInfo.InvariantCulture),
    };

    private static string Splice(string text, string other, Random random) =>
        text[..random.Next(text.Length + 1)] + other[random.Next(other.Length + 1)..];

    private static string InsertAt(string text, Random random, string insertion)
    {
        var at = random.Next(text.Length + 1);
        return text[..at] + " " + insertion + " " + text[at..];
    }
}
