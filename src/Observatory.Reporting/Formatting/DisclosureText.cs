namespace Observatory.Reporting.Formatting;

/// <summary>French explanations of statuses and disclosure reasons, and the symbol printed in place of a masked value.</summary>
public static class DisclosureText
{
    /// <summary>The symbol printed for a masked value: « s » (secret) or « nd » (not available).</summary>
    public static string Symbol(string status) => status == "secret" ? "s" : "nd";

    /// <summary>The footnote text for a value of <paramref name="status"/> hidden for <paramref name="reason"/>.</summary>
    /// <param name="status">The value's status (<c>secret</c>, <c>missing</c>, <c>provisional</c>…).</param>
    /// <param name="reason">The disclosure reason (<c>source</c>, <c>frequency</c>, <c>dominance</c>…).</param>
    /// <param name="disclosureRule">The indicator's rule (<c>establishments</c>, <c>persons</c>, <c>ratio</c>…), which sets the frequency threshold.</param>
    public static string Explain(string status, string? reason, string? disclosureRule) => (status, reason) switch
    {
        ("missing", _) => "Donnée non disponible : la source ne la publie pas pour cette cellule (valeur manquante dans le fichier du producteur).",
        ("secret", "source") => "Secret statistique appliqué par le producteur de la source (cellule masquée dans le fichier publié).",
        ("secret", "frequency") when disclosureRule == "persons" => "Secret statistique (fréquence) : moins de 5 personnes dans la cellule.",
        ("secret", "frequency") => "Secret statistique (fréquence) : moins de 3 établissements dans la cellule.",
        ("secret", "dominance") => "Secret statistique (dominance) : un établissement représente plus de 85 % de la cellule.",
        ("secret", "ratio_operands") => "Secret statistique : le numérateur ou le dénominateur du ratio compte moins de 5 personnes.",
        ("secret", "secondary") => "Secret secondaire : valeur masquée pour qu'une autre valeur secrète ne puisse pas être retrouvée par différence.",
        ("secret", "volume") => "Indice non calculé : moins de 30 offres, 30 projets de recrutement ou 30 demandeurs d'emploi de catégorie A (seuil de volume de l'indicateur de tension).",
        ("secret", _) => "Secret statistique.",
        ("provisional", _) => "Valeur provisoire, susceptible d'être révisée par le producteur.",
        ("rounded", _) => "Valeur arrondie par le producteur de la source.",
        ("imputed", _) => "Valeur imputée (estimée) par le producteur de la source.",
        _ => $"Valeur de statut « {status} ».",
    };

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
