using System.Collections.Frozen;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// Typical staff of an establishment by FINESS category: base headcount, name prefix, and métier mix (weights).
/// Parameters only: category and métier codes absent from the reference lists are never emitted.
/// </summary>
internal static class StaffingProfiles
{
    public sealed record Profile(string Prefix, int Headcount, double PerHalfMillion, (string Metier, double Weight)[] Mix, string Ape = "8899B");

    private static readonly Profile Default = new(string.Empty, 20, 1.2,
        [("AES", 0.3), ("ES", 0.2), ("ASH", 0.2), ("ME", 0.1), ("CADSE", 0.05)]);

    private static readonly FrozenDictionary<string, Profile> ByCategory = new Dictionary<string, Profile>(StringComparer.Ordinal)
    {
        ["500"] = new("EHPAD", 58, 38, [("AS", 0.40), ("ASH", 0.25), ("IDE", 0.13), ("AES", 0.12)], "8710A"),
        ["460"] = new("SAAD", 45, 26, [("ADVF", 0.80), ("AES", 0.08), ("RSAD", 0.07), ("TISF", 0.02)], "8810A"),
        ["354"] = new("SSIAD", 20, 7, [("AS", 0.75), ("IDE", 0.20)], "8810A"),
        ["209"] = new("SPASAD", 30, 2, [("AS", 0.35), ("ADVF", 0.45), ("IDE", 0.10), ("RSAD", 0.05)], "8810A"),
        ["202"] = new("Résidence autonomie", 10, 10, [("ASH", 0.5), ("AES", 0.3), ("ADVF", 0.2)], "8730A"),
        ["183"] = new("IME", 50, 5, [("ES", 0.3), ("ME", 0.25), ("AES", 0.2), ("ETS", 0.1), ("CADSE", 0.05), ("ASS", 0.03)], "8710B"),
        ["182"] = new("SESSAD", 15, 7, [("ES", 0.4), ("EJE", 0.1), ("ASS", 0.1), ("ME", 0.2), ("CADSE", 0.05)], "8891B"),
        ["246"] = new("ESAT", 25, 6, [("ETS", 0.6), ("ME", 0.15), ("ES", 0.1), ("CADSE", 0.05), ("ASS", 0.05)], "8810C"),
        ["255"] = new("MAS", 70, 2, [("AS", 0.35), ("AES", 0.35), ("IDE", 0.10), ("ASH", 0.12), ("ES", 0.04)], "8710C"),
        ["437"] = new("FAM", 50, 3, [("AES", 0.35), ("AS", 0.25), ("ME", 0.12), ("ES", 0.08), ("IDE", 0.06), ("ASH", 0.10)], "8710C"),
        ["448"] = new("EAM", 50, 2, [("AES", 0.35), ("AS", 0.25), ("ME", 0.12), ("ES", 0.08), ("IDE", 0.06), ("ASH", 0.10)], "8710C"),
        ["382"] = new("Foyer de vie", 30, 5, [("AES", 0.35), ("ME", 0.25), ("ES", 0.15), ("ASH", 0.10)], "8720A"),
        ["177"] = new("MECS", 40, 5, [("ES", 0.40), ("ME", 0.25), ("ASS", 0.05), ("CADSE", 0.06), ("TISF", 0.05), ("ASH", 0.08)], "8790A"),
        ["175"] = new("Foyer de l'enfance", 45, 1, [("ES", 0.40), ("ME", 0.25), ("EJE", 0.10), ("AP", 0.10), ("CADSE", 0.05)], "8790A"),
        ["214"] = new("CHRS", 20, 3, [("ES", 0.30), ("ASS", 0.20), ("CESF", 0.20), ("ME", 0.10), ("CADSE", 0.05)], "8790B"),
        ["190"] = new("CAMSP", 15, 1, [("EJE", 0.2), ("ASS", 0.1), ("ES", 0.2), ("AP", 0.1)], "8891B"),
        ["355"] = new("Centre hospitalier", 900, 0.6, [("IDE", 0.35), ("AS", 0.30), ("ASH", 0.20)], "8610Z"),
        ["362"] = new("USLD", 60, 1, [("AS", 0.40), ("IDE", 0.20), ("ASH", 0.25)], "8610Z"),
        ["295"] = new("Service AEMO", 20, 2, [("ES", 0.5), ("ASS", 0.2), ("CADSE", 0.08)], "8899A"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Profile For(string categoryCode) => ByCategory.TryGetValue(categoryCode, out var profile) ? profile : Default;
}
