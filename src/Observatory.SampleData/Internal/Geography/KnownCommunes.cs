using System.Collections.Frozen;

namespace Observatory.SampleData.Internal.Geography;

/// <summary>
/// Real communes (INSEE COG code, name) used first for the departments of the default scope: the prefectures, plus a
/// few large towns of the Ain and the Landes. Other sample communes are invented and flagged as such.
/// </summary>
internal static class KnownCommunes
{
    private static readonly FrozenDictionary<string, (string Code, string Label)[]> ByDepartment =
        new Dictionary<string, (string Code, string Label)[]>(StringComparer.Ordinal)
        {
            ["01"] = [("01053", "Bourg-en-Bresse"), ("01283", "Oyonnax"), ("01004", "Ambérieu-en-Bugey")],
            ["03"] = [("03190", "Moulins")],
            ["07"] = [("07186", "Privas")],
            ["15"] = [("15014", "Aurillac")],
            ["26"] = [("26362", "Valence")],
            ["38"] = [("38185", "Grenoble")],
            ["42"] = [("42218", "Saint-Étienne")],
            ["43"] = [("43157", "Le Puy-en-Velay")],
            ["63"] = [("63113", "Clermont-Ferrand")],
            ["69"] = [("69123", "Lyon")],
            ["73"] = [("73065", "Chambéry")],
            ["74"] = [("74010", "Annecy")],
            ["16"] = [("16015", "Angoulême")],
            ["17"] = [("17300", "La Rochelle")],
            ["19"] = [("19272", "Tulle")],
            ["23"] = [("23096", "Guéret")],
            ["24"] = [("24322", "Périgueux")],
            ["33"] = [("33063", "Bordeaux")],
            ["40"] = [("40192", "Mont-de-Marsan"), ("40088", "Dax")],
            ["47"] = [("47001", "Agen")],
            ["64"] = [("64445", "Pau")],
            ["79"] = [("79191", "Niort")],
            ["86"] = [("86194", "Poitiers")],
            ["87"] = [("87085", "Limoges")],
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<(string Code, string Label)> Of(string departmentCode) =>
        ByDepartment.TryGetValue(departmentCode, out var communes) ? communes : [];
}
