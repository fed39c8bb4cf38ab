using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Observatory.SampleData.Internal.Output;

/// <summary>
/// The Open Packaging Conventions envelope of a workbook, written by hand so that every byte is deterministic
/// (System.IO.Packaging would pick random relationship ids and a random core-properties part name).
/// </summary>
internal static class XlsxPackage
{
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string MainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    public static byte[] Zip(IReadOnlyList<(string Name, string Xml)> workbookParts, int sheetCount, string creator, DateTime timestamp)
    {
        var entries = new List<(string Name, string Xml)>
        {
            ("[Content_Types].xml", ContentTypes(sheetCount)),
            ("_rels/.rels", RootRelationships()),
            ("docProps/app.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Microsoft Excel</Application></Properties>"),
            ("docProps/core.xml", CoreProperties(creator, timestamp)),
            ("xl/_rels/workbook.xml.rels", WorkbookRelationships(sheetCount)),
        };
        entries.AddRange(workbookParts);

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(timestamp, TimeSpan.Zero);
                using var stream = entry.Open();
                var bytes = Encoding.UTF8.GetBytes(xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml : Declaration + xml);
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static string ContentTypes(int sheetCount)
    {
        var text = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").Append(MainType).Append("sheet.main+xml\"/>");
        for (var i = 1; i <= sheetCount; i++)
        {
            text.Append("<Override PartName=\"/xl/worksheets/sheet").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(".xml\" ContentType=\"").Append(MainType).Append("worksheet+xml\"/>");
        }

        return text
            .Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").Append(MainType).Append("styles+xml\"/>")
            .Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"").Append(MainType).Append("sharedStrings+xml\"/>")
            .Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
            .Append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
            .Append("</Types>")
            .ToString();
    }

    private static string RootRelationships() =>
        "<Relationships xmlns=\"" + PackageRelationships + "\">"
        + Relationship("rId1", RelationshipsNamespace + "/officeDocument", "xl/workbook.xml")
        + Relationship("rId2", PackageRelationships + "/metadata/core-properties", "docProps/core.xml")
        + Relationship("rId3", RelationshipsNamespace + "/extended-properties", "docProps/app.xml")
        + "</Relationships>";

    private static string WorkbookRelationships(int sheetCount)
    {
        var text = new StringBuilder("<Relationships xmlns=\"").Append(PackageRelationships).Append("\">");
        for (var i = 1; i <= sheetCount; i++)
        {
            var number = i.ToString(CultureInfo.InvariantCulture);
            text.Append(Relationship("rId" + number, RelationshipsNamespace + "/worksheet", "worksheets/sheet" + number + ".xml"));
        }

        text.Append(Relationship("rId" + (sheetCount + 1).ToString(CultureInfo.InvariantCulture), RelationshipsNamespace + "/styles", "styles.xml"));
        text.Append(Relationship("rId" + (sheetCount + 2).ToString(CultureInfo.InvariantCulture), RelationshipsNamespace + "/sharedStrings", "sharedStrings.xml"));
        return text.Append("</Relationships>").ToString();
    }

    private static string Relationship(string id, string type, string target) =>
        "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";

    private static string CoreProperties(string creator, DateTime timestamp)
    {
        var escaped = SecurityElement.Escape(creator);
        var when = timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:creator>" + escaped + "</dc:creator><cp:lastModifiedBy>" + escaped + "</cp:lastModifiedBy>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified></cp:coreProperties>";
    }
}
