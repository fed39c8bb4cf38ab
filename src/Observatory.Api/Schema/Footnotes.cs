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
        if (DisclosureReasons.Note(row.Status, row.DisclosureReason, row.UnitKind == "persons", row.PartialCoverage) is { } note)
        {
            notes.Add(note);
        }

        if (row.Unmasked)
        {
            notes.Add("Valeur non diffusable, montrée à un analyste de son département : ne pas la publier.");
        }

        return notes;
    }
}
