namespace Observatory.SampleData.Internal;

/// <summary>The choices the generator made, written in French into the manifest for analysts.</summary>
internal static class GenerationNotes
{
    public static IReadOnlyList<string> For(GenerationContext context)
    {
        var notes = new List<string>
        {
            "Données synthétiques : ordres de grandeur calés sur DATA-SOURCES §12, aucune valeur réelle.",
            "BMO : les millésimes 2020 à 2022 reprennent la mise en page 2019 avec les colonnes BE<aa>/NOMBE<aa> de l'année (mises en page non documentées).",
            "BMO : codes FAP 2009 jusqu'au millésime 2023, FAP 2021 à partir de 2024 ; les départements 01 à 09 sont des cellules numériques (l'Ain vaut 1), les codes bassin aussi.",
            "BMO : une valeur inférieure ou égale à 3 est masquée par « * » dans met, xmet et smet.",
            "Offres et demandeurs France Travail : ROME v3 avant 2024, ROME 4.0 à partir de 2024.",
            "URSSAF : codes NAF du secteur (in_sector) ; Mayotte hors champ ; une cellule vide est un secret statistique.",
            "FINESS : départements d'outre-mer codés 9A à 9F (à vérifier) ; coordonnées Lambert-93 approximatives en métropole.",
            "Enquête RH : à partir de 2022 ; environ un ETP sur quinze saisi en texte avec une virgule décimale.",
            "Plateformes : à partir de 2022 (début de l'expérimentation CNSA) ; le rapport d'activité trimestriel ne porte plus que les contacts (personnes sensibilisées), les personnes accompagnées sont dans le fichier de suivi individuel (une ligne par personne et trimestre, identifiant pseudonyme).",
            "Plan d'actions : dates saisies en texte au format jj/mm/aaaa.",
            "Communes URSSAF : les communes marquées « invented » sont fictives (numéros 9xx).",
        };
        notes.Add(context.NationalSourcesWhole
            ? "Sources nationales (BMO, offres et demandeurs France Travail, DREES) : fichiers entiers comme les diffusent les producteurs, "
              + "pour tous les départements et toutes les régions du référentiel, quels que soient les départements choisis ; "
              + "France Travail : une extraction nationale par année (stat-offres_FR_<année>.csv, stat-demandeurs_FR_<année>.csv)."
            : "Sources nationales (BMO, offres et demandeurs France Travail, DREES) limitées aux départements choisis et à leurs régions, "
              + "comme les extractions d'un département (France Travail : un fichier par département et par année) ; "
              + "les valeurs France et région ne portent alors que sur ce périmètre.");
        notes.Add("Enquête RH, plateformes, plan d'actions, FINESS et URSSAF : départements choisis seulement "
            + "(leurs valeurs région et France ne portent que sur ces départements).");
        notes.Add("BMO : hors des exemples de DATA-SOURCES §3, les bassins de bmo_bassins.csv sont des codes provisoires inventés ; "
            + "un seul bassin par département hors des régions 84 et 75.");
        var withoutBassin = context.NationalSourceDepartments
            .Where(d => !context.Reference.Bassins.Any(b => b.DepartmentCode == d.Code))
            .Select(d => d.Code)
            .ToList();
        if (withoutBassin.Count > 0)
        {
            notes.Add("BMO : pas de ligne pour les départements sans bassin dans bmo_bassins.csv : " + string.Join(", ", withoutBassin) + ".");
        }

        return notes;
    }
}
