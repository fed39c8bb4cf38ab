namespace Observatory.GraphQL.Validation.Internal;

/// <summary>
/// "Did you mean" hints worded as graphql-js: candidates within a Damerau-Levenshtein distance of 40% of the input
/// (case changes count as one edit), closest first, then in natural order; at most five are listed.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        var quoted = suggestions.Select(s => "\"" + s + "\"").ToList();
        switch (quoted.Count)
        {
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
            default:
                var selected = quoted.Take(MaxSuggestions).ToList();
                return message + string.Join(", ", selected.Take(selected.Count - 1)) + ", or " + selected[^1] + "?";
        }
    }

    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            if (distances.ContainsKey(option))
            {
                continue;
            }

            if (Measure(input, inputLower, option, threshold) is { } distance)
            {
                distances[option] = distance;
            }
        }

        var result = distances.Keys.ToList();
        JsSort.Sort(result, (a, b) =>
        {
            var diff = distances[a] - distances[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare as numbers, other characters by code unit.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ca = a[i];
            var cb = b[j];
            if (char.IsAsciiDigit(ca) && char.IsAsciiDigit(cb))
            {
                long na = 0;
                do
                {
                    na = unchecked((na * 10) + (ca - '0'));
                    i++;
                    ca = i < a.Length ? a[i] : '\0';
                }
                while (char.IsAsciiDigit(ca) && na > 0);

                long nb = 0;
                do
                {
                    nb = unchecked((nb * 10) + (cb - '0'));
                    j++;
                    cb = j < b.Length ? b[j] : '\0';
                }
                while (char.IsAsciiDigit(cb) && nb > 0);

                if (na != nb)
                {
                    return na < nb ? -1 : 1;
                }
            }
            else
            {
                if (ca != cb)
                {
                    return ca < cb ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (string.Equals(input, option, StringComparison.Ordinal))
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (string.Equals(inputLower, optionLower, StringComparison.Ordinal))
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
