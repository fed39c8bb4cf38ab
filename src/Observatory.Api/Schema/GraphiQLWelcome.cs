namespace Observatory.Api.Schema;

/// <summary>The example GraphiQL opens with: the Landes' tension ranking, with the analyst header explained, in French.</summary>
public static class GraphiQLWelcome
{
    public const string Query = """
        # Observatoire des tensions de recrutement — API GraphQL
        #
        # Exemple : le classement des métiers des Landes (40) par indice de tension, la dernière année publiée.
        # Ctrl+Entrée exécute la requête ; Ctrl+Espace propose les champs ; la documentation est à gauche.
        #
        # Valeurs masquées : une valeur sous le secret statistique est null, avec son statut (SECRET, MISSING),
        # son motif (disclosureReason) et une note en français (footnotes) ; jamais 0.
        #
        # Analystes : un département voit ses propres valeurs avant secret avec sa clé, à mettre dans l'onglet
        # « Headers » en bas : { "Authorization": "Bearer VOTRE_CLE" }. Ces valeurs ne sont pas diffusables.

        query ClassementLandes {
          tension(territory: "40") {
            year
            territory { label }
            entries {
              rank
              metier { label }
              index
              level
              label
              status
              footnotes
            }
          }
        }
        """;
}
