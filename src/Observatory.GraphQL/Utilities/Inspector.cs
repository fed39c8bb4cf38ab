using System.Collections;
using System.Globalization;
using System.Text;

namespace Observatory.GraphQL.Utilities;

/// <summary>Formats values for error messages the way graphql-js <c>inspect</c> does (strings quoted, numbers plain).</summary>
public static class Inspector
{
    public static string Inspect(object? value)
    {
        value = JsonValues.ToClr(value);
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return StringLiterals.Quote(text);
            case bool flag:
                return flag ? "true" : "false";
            case IDictionary dictionary:
                return InspectObject(dictionary);
            case IEnumerable list:
                return "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]";
            default:
                return Numbers.TryGetDouble(value, out var number) ? FormatNumber(number) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
    }

    /// <summary>Formats a number as JavaScript's <c>String(number)</c> would for common values.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (Numbers.IsInteger(number) && Math.Abs(number) < 1e21)
        {
            return number.ToString("0", CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string InspectObject(IDictionary dictionary)
    {
        if (dictionary.Count == 0)
        {
            return "{}";
        }

        var builder = new StringBuilder("{ ");
        var first = true;
        foreach (DictionaryEntry entry in dictionary)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(entry.Key).Append(": ").Append(Inspect(entry.Value));
        }

        return builder.Append(" }").ToString();
    }
}
