using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// Writes a <see cref="MarkupDocument"/> as a .docx that follows Nghị định 30/2020/NĐ-CP: A4,
/// NĐ30 margins, Times New Roman, one named style per role, the letterhead and signature tables,
/// page numbers from page 2, landscape appendices. The same document and options always give the
/// same bytes.
/// </summary>
public sealed class DocxWriter
{
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private readonly DocxWriterOptions _options;

    /// <summary>Creates a writer; <paramref name="options"/> defaults to <see cref="DocxWriterOptions.Default"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A margin lies outside the NĐ30 range.</exception>
    public DocxWriter(DocxWriterOptions? options = null)
    {
        _options = options ?? DocxWriterOptions.Default;
        _options.Validate();
    }

    /// <summary>
    /// Writes the document to <paramref name="output"/>. The package is built in memory first, so
    /// nothing is written to the stream if building fails.
    /// </summary>
    public void Write(MarkupDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // A fixed relationship id: AddMainDocumentPart() would generate a random one in _rels/.rels.
            var main = word.AddNewPart<MainDocumentPart>(MainDocumentContentType, "rIdMainDocument");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StylesBuilder.Build(_options.Profile);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = CreateSettings();
            HeaderParts.Add(main);
            var wordDocument = new Document(new BodyBuilder(_options).Build(document));
            wordDocument.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
            wordDocument.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            main.Document = wordDocument;
        }

        DeterministicPackage.Copy(package, output);
    }

    /// <summary>Writes the document and returns the .docx bytes.</summary>
    public byte[] WriteToArray(MarkupDocument document)
    {
        using var output = new MemoryStream();
        Write(document, output);
        return output.ToArray();
    }

    private static Settings CreateSettings() =>
        new(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
}
