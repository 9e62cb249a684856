using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CcHc.Docs.Import;
using CcHc.Docs.Tests.Rendering;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// "A failing import names the paragraph it stopped at": the exception's <see cref="PlanImportException.Paragraph"/>
/// and its message ("đoạn N: …") point at the place, counted as Word counts paragraphs (table cells included).
/// </summary>
public partial class FailingImportTests
{
    [Fact]
    public void A_document_cut_short_names_the_paragraph_where_reading_stopped()
    {
        var docx = ExamplePlans.Docx("vinh-thong-cchc-2026");
        var xml = Part(docx, "word/document.xml");
        // Cut inside the text of the 40th paragraph (paragraphs in table cells count too).
        var fortieth = ParagraphStart().Matches(xml)[39].Index;
        var cut = xml.IndexOf("<w:t", fortieth, StringComparison.Ordinal) + 12;
        var broken = WithPart(docx, "word/document.xml", xml[..cut]);

        var error = Assert.Throws<PlanImportException>(() => PlanImporter.ImportDocx(new MemoryStream(broken)));

        Assert.Equal(40, error.Paragraph);
        Assert.StartsWith("đoạn 40: Tệp .docx hỏng", error.Message, StringComparison.Ordinal);
        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_nested_too_deep_to_read_is_named()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:smartTag>", 300)) + "<w:r><w:t>x</w:t></w:r>" + string.Concat(Enumerable.Repeat("</w:smartTag>", 300));
        var docx = MinimalDocx($"{Paragraph("KẾ HOẠCH")}{Paragraph("Công tác năm 2026")}<w:p>{nested}</w:p>");

        var error = Assert.Throws<PlanImportException>(() => PlanImporter.ImportDocx(new MemoryStream(docx)));

        Assert.Equal(3, error.Paragraph);
        Assert.StartsWith("đoạn 3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_a_Kế_hoạch_names_its_first_paragraph()
    {
        var docx = MinimalDocx($"<w:p/>{Paragraph("CÔNG VĂN")}{Paragraph("Về việc báo cáo")}");

        var error = Assert.Throws<PlanImportException>(() => PlanImporter.ImportDocx(new MemoryStream(docx)));

        Assert.Equal(2, error.Paragraph);   // the empty first paragraph counts, as in Word
        Assert.Contains("KẾ HOẠCH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_the_whole_file_at_fault()
    {
        var error = Assert.Throws<PlanImportException>(() => PlanImporter.ImportDocx(new MemoryStream(Encoding.UTF8.GetBytes("KẾ HOẠCH"))));

        Assert.Equal(0, error.Paragraph);
        Assert.Contains(".docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_Word_document_says_so()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "readme.txt", "x");
        }

        var error = Assert.Throws<PlanImportException>(() => PlanImporter.ImportDocx(new MemoryStream(stream.ToArray())));

        Assert.Equal(0, error.Paragraph);
        Assert.Contains("văn bản Word", error.Message, StringComparison.Ordinal);
    }

    private static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static byte[] MinimalDocx(string body)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(zip, "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>");
        }
        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] WithPart(byte[] docx, string name, string content)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            Write(zip, name, content);
        }
        return stream.ToArray();
    }

    [GeneratedRegex(@"<w:p(?=[\s>/])")]
    private static partial Regex ParagraphStart();
}
