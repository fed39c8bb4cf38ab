using System.Collections.Frozen;

namespace Observatory.SampleData.Internal.Geography;

/// <summary>
/// Approximate populations (thousands of inhabitants, rounded, INSEE order of magnitude around 2021) used only to
/// scale sample counts. Departments missing from this table use <see cref="DefaultThousands"/>.
/// </summary>
internal static class DepartmentPopulations
{
    /// <summary>Population assumed for a department not listed (a mid-sized department).</summary>
    public const int DefaultThousands = 400;

    /// <summary>Population of the reference department (size factor 1).</summary>
    public const int ReferenceThousands = 500;

    private static readonly FrozenDictionary<string, int> Thousands = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["01"] = 660, ["02"] = 530, ["03"] = 335, ["04"] = 165, ["05"] = 141, ["06"] = 1100, ["07"] = 330,
        ["08"] = 270, ["09"] = 154, ["10"] = 310, ["11"] = 375, ["12"] = 280, ["13"] = 2050, ["14"] = 695,
        ["15"] = 144, ["16"] = 350, ["17"] = 660, ["18"] = 300, ["19"] = 240, ["2A"] = 160, ["2B"] = 185,
        ["21"] = 535, ["22"] = 600, ["23"] = 115, ["24"] = 413, ["25"] = 545, ["26"] = 520, ["27"] = 600,
        ["28"] = 430, ["29"] = 920, ["30"] = 750, ["31"] = 1420, ["32"] = 192, ["33"] = 1650, ["34"] = 1200,
        ["35"] = 1100, ["36"] = 218, ["37"] = 610, ["38"] = 1280, ["39"] = 258, ["40"] = 420, ["41"] = 330,
        ["42"] = 765, ["43"] = 228, ["44"] = 1450, ["45"] = 680, ["46"] = 175, ["47"] = 330, ["48"] = 77,
        ["49"] = 820, ["50"] = 495, ["51"] = 565, ["52"] = 172, ["53"] = 307, ["54"] = 733, ["55"] = 184,
        ["56"] = 760, ["57"] = 1045, ["58"] = 204, ["59"] = 2610, ["60"] = 830, ["61"] = 280, ["62"] = 1460,
        ["63"] = 665, ["64"] = 690, ["65"] = 230, ["66"] = 480, ["67"] = 1140, ["68"] = 765, ["69"] = 1880,
        ["70"] = 235, ["71"] = 550, ["72"] = 565, ["73"] = 435, ["74"] = 830, ["75"] = 2150, ["76"] = 1255,
        ["77"] = 1420, ["78"] = 1450, ["79"] = 375, ["80"] = 570, ["81"] = 390, ["82"] = 262, ["83"] = 1080,
        ["84"] = 562, ["85"] = 690, ["86"] = 440, ["87"] = 372, ["88"] = 363, ["89"] = 335, ["90"] = 140,
        ["91"] = 1300, ["92"] = 1630, ["93"] = 1650, ["94"] = 1410, ["95"] = 1250,
        ["971"] = 384, ["972"] = 360, ["973"] = 290, ["974"] = 870, ["976"] = 300,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static int ThousandsOf(string departmentCode) =>
        Thousands.TryGetValue(departmentCode, out var value) ? value : DefaultThousands;

    /// <summary>Population relative to a 500 000-inhabitant department (Ain ≈ 1.3, Landes ≈ 0.84).</summary>
    public static double SizeFactor(string departmentCode) => ThousandsOf(departmentCode) / (double)ReferenceThousands;
}
