using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace CcHc.Docs.WordTemplates;

/// <summary>The entries of a .docx read into memory in their zip order, and which of them can hold tags.</summary>
internal sealed class WordPackage
{
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    // Parts whose paragraphs a template author types into.
    private static readonly string[] TextPartTypes =
    [
        "document.main+xml", "template.main+xml", "document.macroEnabled.main+xml", "template.macroEnabledTemplate.main+xml",
        ".header+xml", ".footer+xml", ".footnotes+xml", ".endnotes+xml",
    ];

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
        if (!entries.Any(e => e.Item1 == "[Content_Types].xml"))
        {
            throw new DocxTemplateException($"{templateName}: not a Word file: the package has no [Content_Types].xml.");
        }
        return new WordPackage(entries);
    }

    /// <summary>The parts that may hold tags: (zip entry, name for messages), main document first.</summary>
    public IReadOnlyList<(string Entry, string Display)> TextParts(string templateName)
    {
        var types = Entries.First(e => e.Name == "[Content_Types].xml").Data;
        XDocument document;
        try
        {
            document = XDocument.Load(new MemoryStream(types));
        }
        catch (XmlException e)
        {
            throw new DocxTemplateException($"{templateName}: [Content_Types].xml is not well-formed: {e.Message}", inner: e);
        }
        var parts = new List<(string, string)>();
        foreach (var entry in document.Root!.Elements(ContentTypes + "Override"))
        {
            var name = ((string?)entry.Attribute("PartName") ?? "").TrimStart('/');
            var type = (string?)entry.Attribute("ContentType") ?? "";
            if (name.Length > 0 && TextPartTypes.Any(t => type.EndsWith(t, StringComparison.OrdinalIgnoreCase)) && Entries.Any(e => e.Name == name))
            {
                var display = type.Contains(".main+xml", StringComparison.OrdinalIgnoreCase) || type.Contains("main+xml", StringComparison.OrdinalIgnoreCase)
                    ? "document"
                    : Path.GetFileNameWithoutExtension(name);
                parts.Add((name, display));
            }
        }
        return parts.OrderBy(p => p.Item2 == "document" ? 0 : 1).ThenBy(p => p.Item1, StringComparer.Ordinal).ToArray();
    }
}
