using System.Globalization;

namespace Observatory.SampleData.Internal.Reference;

/// <summary>Reads <c>schemas/reference/*.csv</c> into a <see cref="SampleReference"/>.</summary>
internal static class SampleReferenceLoader
{
    public static SampleReference Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Reference directory '{directory}' does not exist.");
        }

        return new SampleReference
        {
            Departments = Read(directory, "departments.csv", required: true, csv =>
            {
                int code = csv.Require("code", "department_code"), label = csv.Require("label", "label_fr"), region = csv.Require("region_code");
                return r => new DepartmentRef(ReferenceCsv.Field(r, code), ReferenceCsv.Field(r, label), ReferenceCsv.Field(r, region));
            }),
            Regions = Read(directory, "regions.csv", required: true, csv =>
            {
                int code = csv.Require("code", "region_code"), label = csv.Require("label", "label_fr");
                return r => new RegionRef(ReferenceCsv.Field(r, code), ReferenceCsv.Field(r, label));
            }),
            Metiers = Read(directory, "metiers.csv", required: true, csv =>
            {
                int code = csv.Require("metier_code", "code"), label = csv.Require("label_fr", "label");
                var priorities = csv.Header.Select((h, i) => (h: h.Trim(), i))
                    .Where(x => x.h.StartsWith("priority_", StringComparison.OrdinalIgnoreCase))
                    .Select(x => (Department: x.h["priority_".Length..], x.i))
                    .ToList();
                return r => new MetierRef(ReferenceCsv.Field(r, code), ReferenceCsv.Field(r, label),
                    priorities.Where(p => IsTrue(ReferenceCsv.Field(r, p.i))).Select(p => p.Department).ToList());
            }),
            RomeLinks = Read(directory, "xw_metier_rome.csv", required: true, csv =>
            {
                int metier = csv.Require("metier_code"), rome = csv.Require("rome_code"), version = csv.Require("rome_version");
                int label = csv.IndexOf("rome_label", "label_fr", "label"), weight = csv.IndexOf("weight");
                return r => new RomeLink(ReferenceCsv.Field(r, metier), ReferenceCsv.Field(r, rome), ReferenceCsv.Field(r, version),
                    ReferenceCsv.Field(r, label), Number(ReferenceCsv.Field(r, weight)));
            }),
            FapLinks = Read(directory, "xw_metier_fap.csv", required: true, csv =>
            {
                int metier = csv.Require("metier_code"), fap = csv.Require("fap_code"), version = csv.Require("fap_version");
                int level = csv.IndexOf("fap_level"), label = csv.IndexOf("fap_label", "label_fr", "label"), weight = csv.IndexOf("weight");
                return r => new FapLink(ReferenceCsv.Field(r, metier), ReferenceCsv.Field(r, fap), ReferenceCsv.Field(r, version),
                    ReferenceCsv.Field(r, level), ReferenceCsv.Field(r, label), Number(ReferenceCsv.Field(r, weight)));
            }),
            FapCodes = Read(directory, "fap_codes.csv", required: true, csv =>
            {
                int code = csv.Require("code", "fap_code"), version = csv.Require("version", "fap_version"), label = csv.Require("label", "label_fr");
                int level = csv.IndexOf("level", "fap_level"), family = csv.IndexOf("bmo_family");
                return r => new FapCodeRef(ReferenceCsv.Field(r, code), ReferenceCsv.Field(r, version), ReferenceCsv.Field(r, level),
                    ReferenceCsv.Field(r, label), ReferenceCsv.Field(r, family));
            }),
            RomeCodes = Read(directory, "rome_codes.csv", required: true, csv =>
            {
                int code = csv.Require("code", "rome_code"), version = csv.Require("version", "rome_version"), label = csv.Require("label", "label_fr");
                return r => new RomeCodeRef(ReferenceCsv.Field(r, code), ReferenceCsv.Field(r, version), ReferenceCsv.Field(r, label));
            }),
            Bassins = Read(directory, "bmo_bassins.csv", required: true, csv =>
            {
                int code = csv.Require("bassin_code", "code"), label = csv.Require("label", "bassin_label", "label_fr");
                int dep = csv.Require("department_code"), millesime = csv.IndexOf("vintage", "millesime");
                return r => new BassinRef(ReferenceCsv.Field(r, code), ReferenceCsv.Field(r, label), ReferenceCsv.Field(r, dep), ReferenceCsv.Field(r, millesime));
            }),
            FinessCategories = Read(directory, "finess_categories.csv", required: true, csv =>
            {
                int code = csv.Require("code", "categetab"), label = csv.Require("label", "libcategetab");
                int agg = csv.IndexOf("aggregate_code", "categagretab"), aggLabel = csv.IndexOf("aggregate_label", "libcategagretab");
                int sector = csv.IndexOf("sector", "secteur");
                return r => new FinessCategoryRef(ReferenceCsv.Field(r, code), ReferenceCsv.Field(r, label),
                    ReferenceCsv.Field(r, agg), ReferenceCsv.Field(r, aggLabel), ReferenceCsv.Field(r, sector));
            }),
            NafCodes = Read(directory, "naf_codes.csv", required: true, csv =>
            {
                int code = csv.Require("code", "naf_code"), label = csv.Require("label", "label_fr"), inSector = csv.IndexOf("in_sector");
                return r => new NafRef(ReferenceCsv.Field(r, code).Replace(".", string.Empty, StringComparison.Ordinal), ReferenceCsv.Field(r, label),
                    inSector < 0 || IsTrue(ReferenceCsv.Field(r, inSector)));
            }),
            Diplomas = Read(directory, "diplomas.csv", required: true, csv =>
            {
                int code = csv.Require("code", "diploma_code"), label = csv.Require("label", "label_fr");
                int survey = csv.Require("source");
                return r => new DiplomaRef(ReferenceCsv.Field(r, code), ReferenceCsv.Field(r, label), ReferenceCsv.Field(r, survey));
            }),
            DiplomaMetiers = Read(directory, "xw_diploma_metier.csv", required: true, csv =>
            {
                int diploma = csv.Require("diploma_code"), metier = csv.Require("metier_code");
                return r => new DiplomaMetierLink(ReferenceCsv.Field(r, diploma), ReferenceCsv.Field(r, metier));
            }),
        };
    }

    private static List<T> Read<T>(string directory, string fileName, bool required, Func<ReferenceCsv, Func<string[], T>> binder)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            return required ? throw new FileNotFoundException($"Reference list '{path}' is missing.", path) : [];
        }

        var csv = ReferenceCsv.Load(path);
        var map = binder(csv);
        return csv.Records.Where(r => r.Length > 1 || (r.Length == 1 && r[0].Length > 0)).Select(map).ToList();
    }

    private static bool IsTrue(string value) =>
        value.Equals("true", StringComparison.OrdinalIgnoreCase) || value is "1" or "oui" or "yes";

    private static double Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 1.0;
}
