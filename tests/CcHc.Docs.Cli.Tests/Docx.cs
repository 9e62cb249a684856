using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CcHc.Docs.Cli.Tests;

/// <summary>Opens a rendered file as a Word document and reads it back.</summary>
internal static class Docx
{
    /// <summary>The text of every paragraph; fails when the file is not a valid .docx.</summary>
    public static IReadOnlyList<string> Paragraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, $"{path} is not valid Open XML:\n{string.Join("\n", errors.Take(5))}");
        var body = document.MainDocumentPart?.Document.Body;
        Assert.NotNull(body);
        return body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
    }
}
