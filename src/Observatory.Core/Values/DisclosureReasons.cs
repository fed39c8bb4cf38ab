namespace Observatory.Core.Values;

/// <summary>
/// Why a published cell is hidden (<c>pub.indicator_values.disclosure_reason</c>, <c>pub.tension.disclosure_reason</c>)
/// and the one French wording of each reason, used by the API's footnotes, the report and the dashboard.
/// </summary>
public static class DisclosureReasons
{
    public const string Source = "source";
    public const string Frequency = "frequency";
    public const string Dominance = "dominance";
    public const string RatioOperands = "ratio_operands";
    public const string LowVolume = "low_volume";
    public const string Composite = "composite";
    public const string Secondary = "secondary";

    /// <summary>Every reason, in the order a cell's first reason is chosen (etl/macros/disclosure.sql).</summary>
    public static readonly IReadOnlyList<string> All = [Source, Frequency, Dominance, RatioOperands, LowVolume, Composite, Secondary];

    /// <summary>The note of a value the source did not give.</summary>
    public const string MissingText = "Donnée non disponible : la source ne la publie pas pour cette cellule (valeur absente ou non renseignée dans le fichier du producteur).";

    /// <summary>The note of an estimated value (status <c>imputed</c>).</summary>
    public const string ImputedText = "Valeur estimée : elle comprend des cellules masquées par le producteur (« * »), imputées par l'observatoire au milieu de leurs bornes (voir la méthodologie et la part imputée).";

    /// <summary>The note of a region or France value over part of its departments (status <c>partial</c>).</summary>
    public static string PartialText(Coverage? coverage) =>
        "Total partiel"
        + (coverage is { } c ? $", {c.Label}" : string.Empty)
        + " : somme des seuls départements dont les sources sont chargées, pas le total du territoire.";

    /// <summary>The French sentence explaining a value hidden for <paramref name="reason"/>.</summary>
    /// <param name="reason">One of <see cref="All"/>; anything else gets a generic sentence.</param>
    /// <param name="persons">The cell counts persons (frequency threshold 5) rather than establishments (3).</param>
    public static string Explain(string? reason, bool persons) => reason switch
    {
        Source => "Secret statistique appliqué par le producteur de la source (cellule masquée dans le fichier publié).",
        Frequency when persons => "Secret statistique (fréquence) : moins de 5 personnes dans la cellule.",
        Frequency => "Secret statistique (fréquence) : moins de 3 établissements dans la cellule.",
        Dominance => "Secret statistique (dominance) : un établissement représente plus de 85 % de la cellule.",
        RatioOperands => "Secret statistique : le numérateur ou le dénominateur du ratio compte moins de 5 personnes.",
        LowVolume => "Indice non publié : moins de 30 offres, 30 projets de recrutement ou 30 demandeurs d'emploi de catégorie A (seuil de volume de l'indicateur de tension).",
        Composite => "Masqué pour que l'indice de tension non publié de la cellule (seuil de volume) ne puisse pas être recalculé à partir de ses composantes.",
        Secondary => "Secret secondaire : valeur masquée pour qu'une autre valeur secrète ne puisse pas être retrouvée par différence, ni par un analyste qui voit son propre département.",
        _ => "Secret statistique.",
    };

    /// <summary>
    /// The one French note of a value of <paramref name="status"/> hidden for <paramref name="reason"/> (null for a
    /// plain <c>ok</c> value): what the API's footnotes, the tension entries and the report print.
    /// </summary>
    /// <param name="status">The value's status: ok, rounded, provisional, imputed, partial, missing, secret.</param>
    /// <param name="reason">The disclosure reason, for a hidden value.</param>
    /// <param name="persons">The cell counts persons (frequency threshold 5) rather than establishments (3).</param>
    /// <param name="coverage">The departments a partial value covers, for its note.</param>
    public static string? Note(string status, string? reason, bool persons, Coverage? coverage = null) => status switch
    {
        "ok" => null,
        "missing" => MissingText,
        "secret" => Explain(reason, persons),
        "rounded" => "Valeur arrondie par le producteur de la source.",
        "provisional" => "Valeur provisoire, susceptible d'être révisée par le producteur.",
        "imputed" => ImputedText,
        "partial" => PartialText(coverage),
        _ => $"Valeur de statut « {status} ».",
    };

    /// <summary>A short French label of the reason, for tables (« fréquence », « secret secondaire »…).</summary>
    public static string Label(string reason) => reason switch
    {
        Source => "par la source",
        Frequency => "fréquence",
        Dominance => "dominance",
        RatioOperands => "opérandes d'un ratio",
        LowVolume => "seuil de volume de l'indice",
        Composite => "composante d'un indice masqué",
        Secondary => "secret secondaire",
        _ => reason,
    };
}
