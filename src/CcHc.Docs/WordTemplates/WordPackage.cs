using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using CcHc.Docs.IO;

namespace CcHc.Docs.WordTemplates;

/// <summary>The entries of a .docx read into memory in their zip order, and which of them can hold tags.</summary>
internal sealed class WordPackage
{
    private static readonly XNamespace Relationship = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Relationship types of the parts, besides the main document, whose paragraphs a template author types into.
    private static readonly string[] TextPartTypes = ["/header", "/footer", "/footnotes", "/endnotes"];

    private WordPackage(List<(string Name, byte[] Data)> entries) => Entries = entries;

    /// <summary>Every entry, in the order of the zip.</summary>
    public IReadOnlyList<(string Name, byte[] Data)> Entries { get; }

    /// <exception cref="DocxTemplateException">The file is not a zip package with a content-types part.</exception>
    public static WordPackage Read(Stream stream, string templateName)
    {
        var entries = new List<(string, byte[])>();
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }
                using var content = entry.Open();
                using var copy = new MemoryStream();
                content.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray()));
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocxTemplateException($"{templateName}: not a Word file (.docx is a zip package): {e.Message}", inner: e);
        }
        return new WordPackage(entries);
    }

    /// <summary>
    /// The parts that may hold tags: the main document (from the package relationships) and the headers,
    /// footers, footnotes and endnotes it refers to; as (zip entry, name for messages), main document first.
    /// </summary>
    public IReadOnlyList<(string Entry, string Display)> TextParts(string templateName)
    {
        var main = Relationships(templateName, "_rels/.rels", "").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target;
        if (main is null || !Entries.Any(e => e.Name == main))
        {
            throw new DocxTemplateException($"{templateName}: not a Word file: the package names no main document.");
        }
        var parts = new List<(string, string)> { (main, "document") };
        var folder = main.Contains('/') ? main[..(main.LastIndexOf('/') + 1)] : "";
        var rels = folder + "_rels/" + main[folder.Length..] + ".rels";
        foreach (var (type, target) in Relationships(templateName, rels, folder))
        {
            if (TextPartTypes.Any(t => type.EndsWith(t, StringComparison.Ordinal)) && Entries.Any(e => e.Name == target) && !parts.Any(p => p.Item1 == target))
            {
                parts.Add((target, Path.GetFileNameWithoutExtension(target)));
            }
        }
        return parts.Take(1).Concat(parts.Skip(1).OrderBy(p => p.Item1, StringComparer.Ordinal)).ToArray();
    }

    // The internal relationships of a .rels entry, targets resolved against the folder of their source.
    private IEnumerable<(string Type, string Target)> Relationships(string templateName, string entry, string folder)
    {
        var data = Entries.FirstOrDefault(e => e.Name == entry).Data;
        if (data is null)
        {
            return [];
        }
        XDocument document;
        try
        {
            document = XDocument.Load(new MemoryStream(data));
        }
        catch (XmlException e)
        {
            throw new DocxTemplateException($"{templateName}: {entry} is not well-formed: {e.Message}", inner: e);
        }
        return document.Root!.Elements(Relationship + "Relationship")
            .Where(r => (string?)r.Attribute("TargetMode") != "External")
            .Select(r => ((string?)r.Attribute("Type") ?? "", PackagePartName.Resolve(folder, (string?)r.Attribute("Target") ?? "")))
            .ToArray();
    }
}
