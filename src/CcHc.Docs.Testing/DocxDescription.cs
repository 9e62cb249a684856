using System.IO.Packaging;
using CcHc.Docs.Testing.Docx;
using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Testing;

/// <summary>
/// A canonical, human-readable text description of a .docx: one line per paragraph with its formatting
/// as short tokens (<c>p [14pt B center] KẾ HOẠCH</c>), tables as grids, sections with page setup,
/// headers and footers. Two documents that Word shows the same way describe the same way, so a diff
/// of two descriptions shows only what a reader would notice.
/// </summary>
public static class DocxDescription
{
    /// <summary>Describes the .docx package read from <paramref name="docx"/> (the stream is read, not closed).</summary>
    /// <exception cref="ArgumentException">The stream does not hold a WordprocessingML package.</exception>
    public static string Describe(Stream docx, DocxDescriptionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var seekable = Seekable(docx);
        try
        {
            using var document = WordprocessingDocument.Open(seekable, isEditable: false);
            return DocxDescriber.Describe(document, options ?? DocxDescriptionOptions.Default);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new ArgumentException("The stream is not a .docx (WordprocessingML) package: " + exception.Message, nameof(docx), exception);
        }
    }

    /// <summary>Describes the .docx in <paramref name="docx"/>.</summary>
    /// <exception cref="ArgumentException">The bytes are not a WordprocessingML package.</exception>
    public static string Describe(byte[] docx, DocxDescriptionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx, writable: false);
        return Describe(stream, options);
    }

    /// <summary>The package reader needs a seekable stream it may own; copying keeps the caller's stream untouched and open.</summary>
    private static Stream Seekable(Stream docx)
    {
        var copy = new MemoryStream();
        docx.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
