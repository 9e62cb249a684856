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
    private readonly DocxWriterOptions _options;
    private readonly PackageParts _parts;

    /// <summary>Creates a writer; <paramref name="options"/> defaults to <see cref="DocxWriterOptions.Default"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A margin lies outside the NĐ30 range.</exception>
    public DocxWriter(DocxWriterOptions? options = null)
    {
        _options = options ?? DocxWriterOptions.Default;
        _options.Validate();
        _parts = new PackageParts(_options.Profile);
    }

    /// <summary>
    /// Writes the document to <paramref name="output"/>. If building fails, the stream is left as it
    /// was: an empty seekable stream is written directly and emptied again on failure; any other
    /// stream receives the package only once it is complete.
    /// </summary>
    public void Write(MarkupDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (output is { CanSeek: true, CanWrite: true, Length: 0, Position: 0 })
        {
            try
            {
                WritePackage(document, output);
            }
            catch
            {
                output.SetLength(0);
                throw;
            }

            return;
        }

        // Zip offsets are positions in the stream, so a package written elsewhere than at the start of
        // an empty stream would not be the same bytes: build it apart and append it.
        using var buffer = new MemoryStream();
        WritePackage(document, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Writes the document and returns the .docx bytes.</summary>
    public byte[] WriteToArray(MarkupDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var output = new MemoryStream();
        WritePackage(document, output);
        return output.ToArray();
    }

    private void WritePackage(MarkupDocument document, Stream output)
    {
        using var package = new DeterministicPackage(output);
        var footnotes = FootnoteCollector.Any(document) ? new FootnoteCollector() : null;
        _parts.Write(package, xml => new BodyWriter(_options, footnotes).Write(document, xml), footnotes);
    }
}
