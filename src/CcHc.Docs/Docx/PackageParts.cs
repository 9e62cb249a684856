using System.Xml;
using CcHc.Docs.Docx.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>
/// The parts of a .docx, their names, content types and relationships, in the order they are written:
/// [Content_Types].xml first (readers look for it there), then the package relationships, the main
/// document and its parts. Every part but the main document depends only on the writer's options, so it
/// is serialised once per writer and copied into each package.
/// </summary>
internal sealed class PackageParts
{
    public const string MainDocumentRelationshipId = "rIdMainDocument";
    public const string StylesRelationshipId = "rIdStyles";
    public const string SettingsRelationshipId = "rIdSettings";

    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string ContentTypePrefix = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string FootnotesRelationshipId = "rIdFootnotes";

    private static readonly byte[] ContentTypesXml = DeterministicPackage.Serialize(xml => WriteContentTypes(xml, footnotes: false));
    private static readonly byte[] ContentTypesWithFootnotesXml = DeterministicPackage.Serialize(xml => WriteContentTypes(xml, footnotes: true));
    private static readonly byte[] PackageRelationshipsXml = DeterministicPackage.Serialize(WritePackageRelationships);
    private static readonly byte[] DocumentRelationshipsXml = DeterministicPackage.Serialize(xml => WriteDocumentRelationships(xml, footnotes: false));
    private static readonly byte[] DocumentRelationshipsWithFootnotesXml = DeterministicPackage.Serialize(xml => WriteDocumentRelationships(xml, footnotes: true));
    private static readonly byte[] SettingsXml = DeterministicPackage.Serialize(CreateSettings(footnotes: false).WriteTo);
    private static readonly byte[] SettingsWithFootnotesXml = DeterministicPackage.Serialize(CreateSettings(footnotes: true).WriteTo);
    private static readonly byte[] PageNumberHeaderXml = DeterministicPackage.Serialize(HeaderParts.PageNumber().WriteTo);
    private static readonly byte[] EmptyHeaderXml = DeterministicPackage.Serialize(HeaderParts.Empty().WriteTo);

    private readonly byte[] _stylesXml;

    public PackageParts(FormattingProfile profile) =>
        _stylesXml = DeterministicPackage.Serialize(StylesBuilder.Build(profile).WriteTo);

    /// <summary>
    /// Writes every part into <paramref name="package"/>; <paramref name="writeDocument"/> writes the root of document.xml.
    /// With <paramref name="footnotes"/>, the package gets word/footnotes.xml, written after the body has numbered them.
    /// </summary>
    public void Write(DeterministicPackage package, Action<XmlWriter> writeDocument, FootnoteCollector? footnotes = null)
    {
        var hasFootnotes = footnotes is not null;
        package.WritePart("[Content_Types].xml", hasFootnotes ? ContentTypesWithFootnotesXml : ContentTypesXml);
        package.WritePart("_rels/.rels", PackageRelationshipsXml);
        package.WriteXmlPart("word/document.xml", writeDocument);
        package.WritePart("word/_rels/document.xml.rels", hasFootnotes ? DocumentRelationshipsWithFootnotesXml : DocumentRelationshipsXml);
        package.WritePart("word/styles.xml", _stylesXml);
        package.WritePart("word/settings.xml", hasFootnotes ? SettingsWithFootnotesXml : SettingsXml);
        package.WritePart("word/header1.xml", PageNumberHeaderXml);
        package.WritePart("word/header2.xml", EmptyHeaderXml);
        if (footnotes is not null)
        {
            package.WriteXmlPart("word/footnotes.xml", footnotes.WritePart);
        }
    }

    private static void WriteContentTypes(XmlWriter xml, bool footnotes)
    {
        xml.WriteStartElement("Types", ContentTypesNamespace);
        WriteContentType(xml, "Default", "Extension", "xml", ContentTypePrefix + "document.main+xml");
        WriteContentType(xml, "Default", "Extension", "rels", "application/vnd.openxmlformats-package.relationships+xml");
        WriteContentType(xml, "Override", "PartName", "/word/styles.xml", ContentTypePrefix + "styles+xml");
        WriteContentType(xml, "Override", "PartName", "/word/settings.xml", ContentTypePrefix + "settings+xml");
        WriteContentType(xml, "Override", "PartName", "/word/header1.xml", ContentTypePrefix + "header+xml");
        WriteContentType(xml, "Override", "PartName", "/word/header2.xml", ContentTypePrefix + "header+xml");
        if (footnotes)
        {
            WriteContentType(xml, "Override", "PartName", "/word/footnotes.xml", ContentTypePrefix + "footnotes+xml");
        }

        xml.WriteEndElement();
    }

    private static void WriteContentType(XmlWriter xml, string element, string keyName, string key, string contentType)
    {
        xml.WriteStartElement(element, ContentTypesNamespace);
        xml.WriteAttributeString(keyName, key);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void WritePackageRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        WriteRelationship(xml, "officeDocument", "/word/document.xml", MainDocumentRelationshipId);
        xml.WriteEndElement();
    }

    private static void WriteDocumentRelationships(XmlWriter xml, bool footnotes)
    {
        xml.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        WriteRelationship(xml, "styles", "/word/styles.xml", StylesRelationshipId);
        WriteRelationship(xml, "settings", "/word/settings.xml", SettingsRelationshipId);
        WriteRelationship(xml, "header", "/word/header1.xml", HeaderParts.PageNumberId);
        WriteRelationship(xml, "header", "/word/header2.xml", HeaderParts.EmptyId);
        if (footnotes)
        {
            WriteRelationship(xml, "footnotes", "/word/footnotes.xml", FootnotesRelationshipId);
        }

        xml.WriteEndElement();
    }

    private static void WriteRelationship(XmlWriter xml, string type, string target, string id)
    {
        xml.WriteStartElement("Relationship", PackageRelationshipsNamespace);
        xml.WriteAttributeString("Type", RelationshipTypes + type);
        xml.WriteAttributeString("Target", target);
        xml.WriteAttributeString("Id", id);
        xml.WriteEndElement();
    }

    /// <summary>The settings; with footnotes, w:footnotePr names the two separator notes as Word writes it.</summary>
    private static Settings CreateSettings(bool footnotes)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        if (footnotes)
        {
            settings.Append(new FootnoteDocumentWideProperties(
                new FootnoteSpecialReference { Id = FootnoteCollector.SeparatorId },
                new FootnoteSpecialReference { Id = FootnoteCollector.ContinuationSeparatorId }));
        }

        settings.Append(new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
        return settings;
    }
}
