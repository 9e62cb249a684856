using CcHc.Docs.Import;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Import;

/// <summary>.doc, .odt and .rtf go through LibreOffice; without it the message names the package to install.</summary>
public class LibreOfficeConversionTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);

    [Fact]
    public void Without_LibreOffice_the_message_names_the_Debian_package()
    {
        Assert.Null(LibreOfficeConverter.FindSoffice(Path.GetTempPath()));
        var error = Assert.Throws<PlanImportException>(() => LibreOfficeConverter.ToDocx("ke-hoach.odt", soffice: null));
        Assert.Contains("libreoffice-writer-nogui", error.Message, StringComparison.Ordinal);
        Assert.Contains("ke-hoach.odt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_extension_says_which_files_are_read()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cchc-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(file, "x");
        try
        {
            var error = Assert.Throws<PlanImportException>(() => PlanImporter.ImportFile(file));
            Assert.Contains(".docx, .txt", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [LibreOfficeFact]
    public void An_odt_imports_through_LibreOffice_like_its_docx()
    {
        var work = Directory.CreateTempSubdirectory("cchc-odt-").FullName;
        try
        {
            // Make the .odt from the committed .docx fixture, then import the .odt.
            var odt = Path.Combine(work, "an-binh.odt");
            var docx = Path.Combine(work, "an-binh.docx");
            File.Copy(Fixture("an-binh-chuyen-doi-so-2026.docx"), docx);
            var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
            using (var process = System.Diagnostics.Process.Start(LibreOffice.Executable!,
                ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "odt", "--outdir", work, docx]))
            {
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
            }
            File.Delete(docx);
            var fromOdt = PlanImporter.ImportFile(odt).Plan;
            var fromDocx = PlanImporter.ImportFile(Fixture("an-binh-chuyen-doi-so-2026.docx")).Plan;
            Assert.Equal(fromDocx.Letterhead, fromOdt.Letterhead);
            Assert.Equal(fromDocx.Sections.Count, fromOdt.Sections.Count);
            Assert.Equal(fromDocx.Appendices[0].Tables[0].Groups, fromOdt.Appendices[0].Tables[0].Groups);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
