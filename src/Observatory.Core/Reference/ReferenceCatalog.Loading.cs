using Observatory.Core.Reference.Internal;
using Observatory.Core.Utility;
using Observatory.Core.Values;

namespace Observatory.Core.Reference;

public sealed partial class ReferenceCatalog
{
    /// <summary>
    /// Loads every list of <c>&lt;schemasDir&gt;/reference</c>. Throws
    /// <see cref="ReferenceDataException"/> naming the file and line of the first malformed row.
    /// Cross-file integrity (codes of a crosswalk exist in their code list…) is checked by the
    /// test suite, not here, so that a partial list can still be loaded.
    /// </summary>
    public static ReferenceCatalog Load(string schemasDir)
    {
        Guard.NotNullOrWhiteSpace(schemasDir);
        var dir = Path.Combine(schemasDir, "reference");
        CsvTable Table(string name) => CsvTable.Load(Path.Combine(dir, name + ".csv"));

        var catalog = new ReferenceCatalog
        {
            Metiers = [.. Table("metiers").Rows.Select(r => new Metier(
                r.Required("metier_code"), r.Required("label_fr"), r.Required("short_label_fr"), r.Required("sector"),
                r.Boolean("priority_01"), r.Boolean("priority_40"), r.OptionalText("note")))],
            RomeLinks = [.. Table("xw_metier_rome").Rows.Select(r => Link(r, CodeSystem.Rome, "rome_code", "rome_version", null))],
            FapLinks = [.. Table("xw_metier_fap").Rows.Select(r => Link(r, CodeSystem.Fap, "fap_code", "fap_version", "fap_level"))],
            PcsLinks = [.. Table("xw_metier_pcs").Rows.Select(r => Link(r, CodeSystem.Pcs, "pcs_code", "pcs_version", null))],
            RomeCodes = [.. Table("rome_codes").Rows.Select(r => Code(r, CodeSystem.Rome))],
            FapCodes = [.. Table("fap_codes").Rows.Select(r => Code(r, CodeSystem.Fap))],
            PcsCodes = [.. Table("pcs_codes").Rows.Select(r => Code(r, CodeSystem.Pcs))],
            Departments = [.. Table("departments").Rows.Select(r => new Department(
                r.Required("code"), r.Required("label"), r.Required("region_code"), r.Required("zone")))],
            Regions = [.. Table("regions").Rows.Select(r => new Region(r.Required("code"), r.Required("label"), r.Required("zone")))],
            Bassins = [.. Table("bmo_bassins").Rows.Select(r => new BmoBassin(
                r.Required("bassin_code"), r.Required("label"), r.Required("department_code"), r.Integer("vintage"),
                r.OptionalText("note")))],
            NafCodes = [.. Table("naf_codes").Rows.Select(r => new NafCode(
                r.Required("code"), r.Required("label"), r.Required("sector"), r.Boolean("in_sector"), r.OptionalText("note")))],
            FinessCategories = [.. Table("finess_categories").Rows.Select(r => new FinessCategory(
                r.Required("code"), r.Required("label"), r.Required("sector"), r.Required("aggregate_code"),
                r.Required("aggregate_label"), r.OptionalText("note")))],
            Diplomas = [.. Table("diplomas").Rows.Select(r => new Diploma(
                r.Required("code"), r.Required("label"), r.Required("source"), r.OptionalText("note")))],
            DiplomaMetiers = [.. Table("xw_diploma_metier").Rows.Select(r => new DiplomaMetierLink(
                r.Required("diploma_code"), r.Required("metier_code"), r.Number("weight"), r.OptionalText("note")))],
            Statuses = [.. Table("status_codes").Rows.Select(Status)],
            RomeFapPassage = [.. Table("xw_rome_fap").Rows.Select(r => new RomeFapLink(
                r.Required("rome_code"), r.Required("rome_version"), r.Required("fap_code"), r.Required("fap_version")))],
        };
        catalog.IndexCodes();
        return catalog;
    }

    private static CrosswalkLink Link(CsvRow r, CodeSystem system, string codeColumn, string versionColumn, string? levelColumn)
    {
        var weight = r.Number("weight");
        if (weight is <= 0 or > 1)
        {
            throw r.Error($"weight {weight} is outside ]0, 1]");
        }

        return new CrosswalkLink(system, r.Required("metier_code"), r.Required(codeColumn), r.Required(versionColumn),
            levelColumn is null ? null : r.Integer(levelColumn), r.Boolean("is_principal"), weight, r.OptionalText("note"));
    }

    private static CodeListEntry Code(CsvRow r, CodeSystem system) =>
        new(system, r.Required("code"), r.Required("version"), r.OptionalInteger("level"), r.Required("label"),
            r.OptionalText("parent_code"), r.OptionalText("bmo_family"), r.OptionalText("note"));

    private static StatusCodeEntry Status(CsvRow r)
    {
        var code = r.Required("code");
        var status = ValueStatuses.Parse(code);
        return status.Success
            ? new StatusCodeEntry(status.Value, code, r.Required("label_fr"), r.Integer("severity"), r.Boolean("publishable"),
                r.Required("description"))
            : throw r.Error(status.Error);
    }
}
