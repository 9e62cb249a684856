using CcHc.Docs.Tests.Support;
using Xunit.Abstractions;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>
/// Each example converted to PDF by LibreOffice: the conversion must succeed and the page count must be
/// plausible for the amount of text (<see cref="PageEstimate"/>), which catches a lost section, a table that
/// runs off the page or a layout that explodes into hundreds of pages.
/// </summary>
public class ExamplePdfTests(ITestOutputHelper output)
{
    [LibreOfficeFact]
    public void Examples_convert_to_PDF_with_a_page_count_that_fits_their_text()
    {
        var directory = Directory.CreateTempSubdirectory("cchc-examples-pdf-");
        try
        {
            foreach (var name in ExamplePlans.Names)
            {
                var docx = Path.Combine(directory.FullName, name + ".docx");
                File.WriteAllBytes(docx, ExamplePlans.Docx(name));
                var pdf = LibreOffice.ConvertToPdf(docx, directory.FullName);
                var pages = LibreOffice.CountPdfPages(pdf);

                using var document = ExamplePlans.Open(name);
                var sections = PageEstimate.Sections(document, bodyPt: 14, tablePt: 13);
                var estimate = sections.Sum(s => Math.Max(1, s));
                output.WriteLine($"{name}: {pages} pages; estimated {estimate:F1} ({string.Join(" + ", sections.Select(s => s.ToString("F1")))})");

                // Every section starts a page, so at least one page per section; then within ±35 % of the estimate.
                Assert.True(pages >= sections.Count, $"{name}: {pages} pages for {sections.Count} sections");
                Assert.InRange(pages, Math.Floor(estimate * 0.65), Math.Ceiling(estimate * 1.35));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
