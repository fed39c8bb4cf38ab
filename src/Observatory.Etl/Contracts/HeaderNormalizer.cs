using System.Globalization;
using System.Text;

namespace Observatory.Etl.Contracts;

/// <summary>
/// Canonical form of a header for comparison: trimmed, compatibility-normalised (NBSP → space,
/// typographic apostrophe → <c>'</c>), accents removed, case-folded, internal whitespace collapsed.
/// <c>" Code  Métier BMO "</c> and <c>"code metier bmo"</c> compare equal.
/// </summary>
public static class HeaderNormalizer
{
    public static string Normalize(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return string.Empty;
        }

        var decomposed = header.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(ch switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                'œ' or 'Œ' => 'o',
                _ => char.ToLowerInvariant(ch),
            });
            if (ch is 'œ' or 'Œ')
            {
                sb.Append('e');
            }
        }

        return sb.ToString();
    }
}
