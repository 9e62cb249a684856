using CcHc.Docs.Docx;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Docx;

public class LibreOfficeRenderingTests
{
    [LibreOfficeFact]
    public void Sample_converts_to_a_pdf_with_a_plausible_page_count()
    {
        var directory = Directory.CreateTempSubdirectory("cchc-lo-");
        try
        {
            var docx = Path.Combine(directory.FullName, "ke-hoach-mau.docx");
            File.WriteAllBytes(docx, SampleDocument.Docx(FormattingProfile.Body14));
            var pdf = LibreOffice.ConvertToPdf(docx, directory.FullName);

            // 2 portrait pages of plan + the long Phụ lục I over several landscape pages + Phụ lục II.
            var pages = LibreOffice.CountPdfPages(pdf);
            Assert.InRange(pages, 5, 12);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void LibreOffice_fact_explains_how_to_install_when_it_skips()
    {
        var attribute = new LibreOfficeFactAttribute();
        if (LibreOffice.Executable is null && !LibreOffice.IsRequired)
        {
            Assert.Equal("LibreOffice not installed: apt-get install libreoffice-writer-nogui", attribute.Skip);
        }
        else
        {
            Assert.Null(attribute.Skip);
        }
    }
}
