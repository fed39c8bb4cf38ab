using System.Globalization;

namespace Observatory.Etl.Validation;

/// <summary>French message templates for analysts, one per issue (placeholders filled invariantly).</summary>
public static class EtlMessages
{
    public const string EmptyFile = "Le fichier est vide (0 octet).";
    public const string HeaderOnly = "Le fichier ne contient que la ligne d'en-tête, aucune donnée.";
    public const string UnknownSource = "Source non reconnue. En-têtes lus : {0}. Contrat le plus proche : « {1} » (en-têtes manquants : {2} ; inattendus : {3}).";
    public const string SourceMismatch = "Le fichier ne correspond pas à la source « {0} » demandée (en-têtes manquants : {1} ; inattendus : {2}).{3}";
    public const string UnknownSheetLayout = "La feuille « {0} » ne correspond à aucune disposition de la source « {1} » (en-têtes manquants : {2} ; inattendus : {3}). Le classeur n'est pas chargé.";
    public const string SheetVintageDiffers = "La feuille « {0} » est du millésime {1}, les autres feuilles du classeur du millésime {2}. Le classeur n'est pas chargé.";
    public const string SourceMismatchHint = " Il ressemble plutôt à la source « {0} ».";
    public const string WrongDelimiter = "Séparateur incorrect : le contrat « {0} » attend « {1} » mais le fichier utilise « {2} ».";
    public const string FileRejected = "Fichier rejeté : {0} lignes en erreur sur {1} ({2:P1}), au-delà du seuil de {3:P1} du contrat ; aucune ligne n'est chargée.";
    public const string MissingValue = "Valeur obligatoire absente pour « {0} ».";
    public const string UnparseableNumber = "« {1} » n'est pas un nombre valide pour « {0} ».";
    public const string UnparseableDate = "« {1} » n'est pas une date valide pour « {0} » (format attendu {2}).";
    public const string UnparseablePeriod = "« {1} » n'est pas une période valide pour « {0} » (AAAA ou AAAATn).";
    public const string PatternMismatch = "« {1} » n'a pas la forme attendue pour « {0} ».";
    public const string ValueNotAllowed = "« {1} » n'est pas une valeur admise pour « {0} » ({2}).";
    public const string UnknownCode = "Code « {1} » inconnu de la liste de référence « {2} » (colonne « {0} »).";
    public const string UnknownRecordType = "Type d'enregistrement « {0} » inconnu.";
    public const string CorruptXlsx = "Classeur XLSX illisible (tronqué ou corrompu). Détail : {0}";
    public const string EncodingMismatch = "Encodage différent de celui du contrat (ligne {1}). Détail : {0}";
    public const string UnreadableFile = "Fichier illisible. Détail : {0}";
    public const string TooManyIssues = "Trop d'anomalies : seules les {0} premières sont détaillées ({1} au total).";

    /// <summary>The French message of a file-level reading failure, keeping the reader's detail.</summary>
    public static string ForReadFailure(string code, string detail, int? line) => code switch
    {
        EtlIssueCodes.CorruptXlsx => Format(CorruptXlsx, detail),
        EtlIssueCodes.EncodingMismatch => Format(EncodingMismatch, detail, line),
        _ => Format(UnreadableFile, detail),
    };

    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.GetCultureInfo("fr-FR"), template, args);
}
