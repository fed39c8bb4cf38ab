using Observatory.Api.Data;
using Observatory.Core.Values;

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
            case DisclosureReasons.Source when row.Status == "missing":
                notes.Add(DisclosureReasons.MissingText);
                break;
            case { } reason:
                notes.Add(DisclosureReasons.Explain(reason, row.UnitKind == "persons"));
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
                notes.Add(DisclosureReasons.ImputedText);
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
