using Observatory.Core.Values;

namespace Observatory.Reporting.Formatting;

/// <summary>French explanations of statuses and disclosure reasons, and the symbol printed in place of a masked value.</summary>
public static class DisclosureText
{
    /// <summary>The symbol printed for a masked value: « s » (secret) or « nd » (not available).</summary>
    public static string Symbol(string status) => status == "secret" ? "s" : "nd";

    /// <summary>The footnote text for a value of <paramref name="status"/> hidden for <paramref name="reason"/> (empty for ok).</summary>
    /// <param name="status">The value's status (<c>secret</c>, <c>missing</c>, <c>provisional</c>…).</param>
    /// <param name="reason">The disclosure reason (<c>source</c>, <c>frequency</c>, <c>dominance</c>…).</param>
    /// <param name="disclosureRule">The indicator's rule (<c>establishments</c>, <c>persons</c>, <c>ratio</c>…), which sets the frequency threshold.</param>
    /// <param name="partial">The departments a partial region or France value covers.</param>
    public static string Explain(string status, string? reason, string? disclosureRule, Coverage? partial = null) =>
        DisclosureReasons.Note(status, reason, disclosureRule == "persons", partial) ?? string.Empty;

    /// <summary>Whether a shown value still deserves a note (provisional, rounded, imputed).</summary>
    public static bool NeedsNote(string status) => status is not "ok";

    /// <summary>The French name of a territory level.</summary>
    public static string Level(string level) => level switch
    {
        "DEP" => "Département",
        "REG" => "Région",
        "NAT" => "France",
        _ => level,
    };
}
