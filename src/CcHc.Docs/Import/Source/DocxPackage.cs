using System.IO.Compression;
using System.Xml;
using CcHc.Docs.IO;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// The parts of a .docx the importer reads, found the way a package says (relationships, not fixed names):
/// the main document, and its styles and numbering parts when it has them.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly ZipArchive archive;

    private DocxPackage(ZipArchive archive, ZipArchiveEntry document, ZipArchiveEntry? styles, ZipArchiveEntry? numbering, ZipArchiveEntry? footnotes)
    {
        this.archive = archive;
        Document = document;
        Styles = styles;
        Numbering = numbering;
        Footnotes = footnotes;
    }

    public ZipArchiveEntry Document { get; }

    public ZipArchiveEntry? Styles { get; }

    public ZipArchiveEntry? Numbering { get; }

    public ZipArchiveEntry? Footnotes { get; }

    /// <summary>Opens the package; a file that is not a zip throws <see cref="InvalidDataException"/>.</summary>
    public static DocxPackage Open(Stream docx)
    {
        var archive = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
        try
        {
            var documentName = Targets(archive, "", "_rels/.rels")
                .FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
                ?? throw new PlanImportException("Tệp không có phần văn bản chính (word/document.xml): không phải văn bản Word.", 0);
            var document = Entry(archive, documentName)
                ?? throw new PlanImportException($"Tệp thiếu phần văn bản chính \"{documentName}\": không phải văn bản Word hợp lệ.", 0);
            var slash = documentName.LastIndexOf('/');
            var folder = slash < 0 ? "" : documentName[..(slash + 1)];
            var related = Targets(archive, folder, folder + "_rels/" + documentName[(slash + 1)..] + ".rels");
            var styles = related.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target;
            var numbering = related.FirstOrDefault(r => r.Type.EndsWith("/numbering", StringComparison.Ordinal)).Target;
            var footnotes = related.FirstOrDefault(r => r.Type.EndsWith("/footnotes", StringComparison.Ordinal)).Target;
            return new DocxPackage(
                archive, document, styles is null ? null : Entry(archive, styles), numbering is null ? null : Entry(archive, numbering),
                footnotes is null ? null : Entry(archive, footnotes));
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    public void Dispose() => archive.Dispose();

    // Internal relationships of a part, with targets resolved to entry names ("word/styles.xml").
    private static List<(string Type, string Target)> Targets(ZipArchive archive, string folder, string relationshipsName)
    {
        var result = new List<(string, string)>();
        if (Entry(archive, relationshipsName) is not { } entry)
        {
            return result;
        }
        using var stream = entry.Open();
        using var reader = WordXml.Open(stream);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNamespace)
            {
                continue;
            }
            if (reader.GetAttribute("TargetMode") == "External" || reader.GetAttribute("Type") is not { } type || reader.GetAttribute("Target") is not { } target)
            {
                continue;
            }
            result.Add((type, PackagePartName.Resolve(folder, Uri.UnescapeDataString(target))));
        }
        return result;
    }

    // Part names are case-insensitive in a package; zip entry names are not.
    private static ZipArchiveEntry? Entry(ZipArchive archive, string name) =>
        archive.GetEntry(name) ?? archive.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
}
