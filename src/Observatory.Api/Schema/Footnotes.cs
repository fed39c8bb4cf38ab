using Observatory.Api.Data;

namespace Observatory.Api.Schema;

/// <summary>The French footnotes of an observation: why a value is masked, rounded, provisional or imputed.</summary>
public static class Footnotes
{
    public static IReadOnlyList<string> For(ObservationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var notes = new List<string>(2);
        switch (row.DisclosureReason)
        {
            case "source" when row.Status == "missing":
                notes.Add("Valeur non disponible : absente ou non renseignée dans le fichier source.");
                break;
            case "source":
                notes.Add("Valeur masquée par le producteur de la source (secret statistique).");
                break;
            case "frequency" when row.UnitKind == "persons":
                notes.Add("Valeur masquée : moins de 5 personnes (secret statistique).");
                break;
            case "frequency":
                notes.Add("Valeur masquée : moins de 3 établissements (secret statistique).");
                break;
            case "dominance":
                notes.Add("Valeur masquée : un établissement représente plus de 85 % de la cellule (secret statistique).");
                break;
            case "ratio_operands":
                notes.Add("Valeur masquée : numérateur ou dénominateur inférieur à 5 personnes (secret statistique).");
                break;
            case "secondary":
                notes.Add("Valeur masquée pour qu'une autre valeur masquée ne puisse pas être recalculée par différence (secret secondaire).");
                break;
            case { } other:
                notes.Add($"Valeur masquée ({other}).");
                break;
            default:
                break;
        }

        switch (row.Status)
        {
            case "rounded":
                notes.Add("Valeur arrondie par la source.");
                break;
            case "provisional":
                notes.Add("Valeur provisoire : elle peut être révisée à la prochaine édition.");
                break;
            case "imputed":
                notes.Add("Valeur imputée (estimée) : la source ne la donnait pas directement.");
                break;
            case "missing" when row.DisclosureReason is null:
                notes.Add("Valeur non disponible.");
                break;
            default:
                break;
        }

        if (row.Unmasked)
        {
            notes.Add("Valeur non diffusable, montrée à un analyste de son département : ne pas la publier.");
        }

        return notes;
    }
}
