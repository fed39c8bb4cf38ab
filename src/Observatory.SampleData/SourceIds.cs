namespace Observatory.SampleData;

/// <summary>Source contract ids (file name of <c>schemas/sources/&lt;id&gt;.yaml</c>) and output folder names.</summary>
public static class SourceIds
{
    public const string Bmo = "bmo";
    public const string FtOffres = "ft_offres";
    public const string FtDemandeurs = "ft_demandeurs";
    public const string DreesEcolesSociales = "drees_ecoles_sociales";
    public const string DreesFormationsSante = "drees_formations_sante";
    public const string UrssafEtabEffectifs = "urssaf_etab_effectifs";
    public const string Finess = "finess";
    public const string EnqueteRh = "enquete_rh";
    public const string PlateformeActivite = "plateforme_activite";
    public const string PlateformeParcours = "plateforme_parcours";
    public const string PlanActions = "plan_actions";
    public const string DaresTensions = "dares_tensions";

    /// <summary>
    /// The sources the publishers ship for all of France, generated whole unless
    /// <see cref="SampleDataOptions.NationalSourcesWhole"/> is false.
    /// </summary>
    public static IReadOnlyList<string> National { get; } =
        [Bmo, FtOffres, FtDemandeurs, DreesEcolesSociales, DreesFormationsSante];

    /// <summary>All source ids, in generation order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Bmo, FtOffres, FtDemandeurs, DreesEcolesSociales, DreesFormationsSante,
        UrssafEtabEffectifs, Finess, EnqueteRh, PlateformeActivite, PlateformeParcours, PlanActions, DaresTensions,
    ];
}
