namespace Observatory.Reporting.Formatting;

/// <summary>The publisher and content of each source, in French.</summary>
public static class SourceNames
{
    public static string Describe(string source) => source switch
    {
        "bmo" => "France Travail — enquête Besoins en main-d'œuvre (BMO)",
        "ft_offres" => "France Travail — offres d'emploi enregistrées",
        "ft_demandeurs" => "France Travail — demandeurs d'emploi en fin de période",
        "drees_formations_sante" => "DREES — enquête sur les formations aux professions de santé",
        "drees_ecoles_sociales" => "DREES — enquête écoles de formation aux professions sociales",
        "urssaf_etab_effectifs" => "URSSAF — établissements et effectifs salariés",
        "finess" => "Ministère de la Santé — répertoire FINESS des établissements",
        "enquete_rh" => "Observatoire — enquête ressources humaines auprès des employeurs",
        "plateforme_parcours" => "Plateforme des métiers — suivi individuel des personnes accompagnées (pseudonymisé)",
        "plateforme_activite" => "Plateforme des métiers — actions de sensibilisation (contacts)",
        "plan_actions" => "Plan d'actions départemental",
        "dares_tensions" => "DARES, France Travail — tensions sur le marché du travail par métier (niveau officiel)",
        _ => source,
    };
}
