using System.Text;
using System.Text.Json;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>One fuzz input: document text and raw variables.</summary>
public sealed record FuzzInput(string Text, JsonElement? Variables);

/// <summary>
/// Input number <c>i</c> of a run depends only on the seed and <c>i</c>: 20% generated from the schema (a quarter of them mutated), 5% random
/// characters, the rest mutations of a seed document (kitchen sinks and conformance corpus).
/// </summary>
public static class FuzzInputs
{
    public static FuzzInput Create(int seed, int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var seeds = FuzzSeeds.All;
        var kind = random.Next(20);
        string text;
        if (kind < 4)
        {
            text = new RandomDocumentGenerator(FuzzSchema.Instance, random).Generate();
            if (random.Next(4) == 0)
            {
                text = DocumentMutator.Mutate(text, seeds[random.Next(seeds.Count)], random);
            }
        }
        else if (kind == 4)
        {
            text = RandomText(random);
        }
        else
        {
            text = DocumentMutator.Mutate(seeds[random.Next(seeds.Count)], seeds[random.Next(seeds.Count)], random);
        }

        return new FuzzInput(text, RandomVariables.For(text, random));
    }

    private static string RandomText(Random random)
    {
        const string Alphabet = "{}[]()!$&|:=@.\"#,\\ \n\tabcxyz_019-+eE";
        var builder = new StringBuilder();
        var length = random.Next(0, 400);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }
}
