using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>Random JSON values for the variables a document mentions: numbers (huge ones too), strings, lists, objects, nulls.</summary>
public static partial class RandomVariables
{
    private static readonly string[] Keys = ["limit", "sector", "requiredField", "intField", "cat", "dog", "name", "stringField", "levels"];

    [GeneratedRegex(@"\$([_A-Za-z][_0-9A-Za-z]*)", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();

    public static JsonElement? For(string text, Random random)
    {
        if (random.Next(4) == 0)
        {
            return null;
        }

        var names = VariablePattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Take(20).ToList();
        var json = new StringBuilder("{");
        json.AppendJoin(",", names.Where(_ => random.Next(5) > 0).Select(n => JsonSerializer.Serialize(n) + ":" + Value(random, 3)));
        json.Append('}');
        using var document = JsonDocument.Parse(json.ToString());
        return document.RootElement.Clone();
    }

    private static string Value(Random random, int depth) => random.Next(depth > 0 ? 10 : 7) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => random.Next(-5, 1000).ToString(CultureInfo.InvariantCulture),
        3 => random.Next(3) switch { 0 => "9223372036854775807", 1 => "1e308", _ => "-2147483649" },
        4 => "2.5",
        5 => JsonSerializer.Serialize(random.Next(3) == 0 ? "SIT" : "texte é" + random.Next(100)),
        6 => "\"2026-11-22\"",
        7 or 8 => "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => JsonSerializer.Serialize(Keys[random.Next(Keys.Length)]) + ":" + Value(random, depth - 1)).Distinct()) + "}",
        _ => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Value(random, depth - 1))) + "]",
    };
}
