using System.Globalization;
using CcHc.Docs.Docx;
using CcHc.Docs.Tests.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>
/// Reads each rendered example back and checks the NĐ30 facts (shared/spec/nd30.md) a reader of the
/// .docx sees, for both size profiles: page setup, fonts, the letterhead and its rules, the title, the
/// signature and nơi nhận, the appendix sections, page numbering and repeated header rows.
/// </summary>
public class ExampleLayoutTests
{
    private const int A4Short = 11906;
    private const int A4Long = 16838;

    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfilesAndTemplates), MemberType = typeof(ExamplePlans))]
    public void Every_section_is_A4_with_the_NĐ30_margins_main_portrait_appendices_landscape(string name, string size, string template)
    {
        using var document = ExamplePlans.Open(name, size, template);
        var sections = Sections(document);
        Assert.Equal(1 + ExamplePlans.Plan(name).Appendices.Count, sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var landscape = i > 0;
            var page = sections[i].GetFirstChild<PageSize>()!;
            Assert.Equal(landscape ? A4Long : A4Short, (int)page.Width!.Value);
            Assert.Equal(landscape ? A4Short : A4Long, (int)page.Height!.Value);
            Assert.Equal(landscape, page.Orient?.Value == PageOrientationValues.Landscape);

            // 20/20/30/15 mm, header 10 mm, measured in reading direction in landscape too.
            var margin = sections[i].GetFirstChild<PageMargin>()!;
            Assert.Equal((1134, 1134, 1701u, 850u, 567u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value, margin.Header!.Value));
            Assert.Equal(SectionMarkValues.NextPage, sections[i].GetFirstChild<SectionType>()?.Val?.Value ?? SectionMarkValues.NextPage);
        }
    }

    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfilesAndTemplates), MemberType = typeof(ExamplePlans))]
    public void Times_New_Roman_black_throughout_and_body_text_in_the_profile_size(string name, string size, string template)
    {
        using var document = ExamplePlans.Open(name, size, template);
        var profile = ExamplePlans.Profile(size);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts!.HighAnsi!.Value);
        Assert.Equal("000000", defaults.Color!.Val!.Value);
        var everyFont = styles.Descendants<RunFonts>().Concat(main.Document!.Descendants<RunFonts>());
        Assert.All(everyFont, f => Assert.Equal("Times New Roman", f.Ascii?.Value ?? "Times New Roman"));
        Assert.Empty(main.Document!.Descendants<W.Color>());

        var format = new EffectiveFormat(document);
        var body = ByStyle(document, "Nd30ListItem").Concat(ByStyle(document, "Nd30Body")).ToList();
        Assert.NotEmpty(body);
        foreach (var paragraph in body)
        {
            // Every run in the body size; the text itself regular (an item's "<b>Title:</b>" lead may be bold).
            var runs = paragraph.Elements<Run>().Where(r => r.GetFirstChild<Text>() is not null).ToList();
            Assert.All(runs, r => Assert.Equal(profile.Body, format.SizePt(paragraph, r)));
            var longest = runs.MaxBy(r => r.InnerText.Length)!;
            Assert.False(format.Bold(paragraph, longest) || format.Italic(paragraph, longest), DocxText.Of(paragraph));
            Assert.Equal(JustificationValues.Both, format.Alignment(paragraph));
            Assert.Contains(format.FirstLineIndent(paragraph), new[] { "567", "720" });
        }

        // Headings: mục in capitals, bold (an appendix pointer inside one may be italic as well).
        foreach (var heading in ByStyle(document, "Heading1"))
        {
            Assert.All(heading.Elements<Run>().Where(r => r.GetFirstChild<Text>() is not null), run =>
            {
                Assert.Equal(profile.Body, format.SizePt(heading, run));
                Assert.True(format.Bold(heading, run));
            });
            Assert.Equal(Upper(DocxText.Of(heading)), DocxText.Of(heading));
        }

        // At least 6 pt between body paragraphs.
        Assert.True(int.Parse(format.SpaceBefore(body[0])!, CultureInfo.InvariantCulture) >= 120);
    }

    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfilesAndTemplates), MemberType = typeof(ExamplePlans))]
    public void Letterhead_elements_have_their_NĐ30_size_weight_case_alignment_and_rules(string name, string size, string template)
    {
        using var document = ExamplePlans.Open(name, size, template);
        var profile = ExamplePlans.Profile(size);
        var format = new EffectiveFormat(document);
        var table = Assert.IsType<W.Table>(document.MainDocumentPart!.Document!.Body!.FirstChild);
        Assert.Equal(["3685", "5670"], table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value));
        Assert.All(table.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements, b => Assert.Equal(BorderValues.Nil, ((BorderType)b).Val!.Value));

        var left = Cell(table, 0, 0);
        var issuing = left.Single(p => StyleOf(p) == "Nd30IssuingBody");
        Assert.Equal((profile.Agency, true, false), format.Uniform(issuing));
        Assert.Equal(Upper(DocxText.Of(issuing)), DocxText.Of(issuing));
        Assert.StartsWith("ỦY BAN NHÂN DÂN", DocxText.Of(issuing));
        Assert.Equal(JustificationValues.Center, format.Alignment(issuing));

        // Under the issuing body: a centred solid rule 1/3–1/2 of the text line (≈15–22 mm at 13 pt).
        var issuingRule = left[left.IndexOf(issuing) + 1];
        Assert.InRange(RuleWidth(issuingRule, 3685), Units.MmToTwips(12), Units.MmToTwips(25));

        var right = Cell(table, 0, 1);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", DocxText.Of(right[0]));
        Assert.Equal((profile.NationalName, true, false), format.Uniform(right[0]));
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", DocxText.Of(right[1]));
        Assert.Equal((profile.Motto, true, false), format.Uniform(right[1]));
        Assert.All(right.Take(2), p => Assert.Equal(JustificationValues.Center, format.Alignment(p)));

        // Under the motto: a rule as long as the motto (≈56 mm at 13 pt, ≈60 mm at 14 pt bold).
        Assert.InRange(RuleWidth(right[2], 5670), Units.MmToTwips(52), Units.MmToTwips(65));

        var number = Assert.Single(Cell(table, 1, 0));
        Assert.StartsWith("Số: ", DocxText.Of(number));
        Assert.EndsWith("/" + ExamplePlans.Plan(name).Letterhead.Symbol, DocxText.Of(number));
        Assert.Equal((13.0, false, false), format.Uniform(number));
        var date = Assert.Single(Cell(table, 1, 1));
        Assert.Matches(@"^\p{Lu}[^,]*, ngày[\s\d]+tháng[\s\d]+năm 2026$", DocxText.Of(date));
        Assert.Equal((profile.Body, false, true), format.Uniform(date));
        Assert.All([number, date], p => Assert.Equal(JustificationValues.Center, format.Alignment(p)));
    }

    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfilesReportsAndTemplates), MemberType = typeof(ExamplePlans))]
    public void Title_is_bold_centred_with_a_short_rule_and_the_bases_are_italic(string name, string size, string template)
    {
        using var document = ExamplePlans.Open(name, size, template);
        var profile = ExamplePlans.Profile(size);
        var format = new EffectiveFormat(document);
        var kind = ByStyle(document, "Nd30TitleKind").Single();
        Assert.Equal(Upper(ExamplePlans.Plan(name).Title.Kind), DocxText.Of(kind));
        var summary = (Paragraph)kind.NextSibling()!;
        Assert.Equal("Nd30TitleSummary", StyleOf(summary));
        foreach (var paragraph in new[] { kind, summary })
        {
            Assert.Equal((profile.Body, true, false), format.Uniform(paragraph));
            Assert.Equal(JustificationValues.Center, format.Alignment(paragraph));
        }

        // A solid centred rule under the trích yếu, 1/3–1/2 as long as its longest line (at most the
        // 9355-twip text width). The line length is estimated independently of the writer: bold Times
        // averages about half an em per character; the band is widened to 1/4–0.55 for that estimate.
        var longest = DocxText.Of(summary, '\n').Split('\n').Max(l => l.Length);
        var line = Math.Min(9355, longest * profile.Body * 20 * 0.5);
        Assert.InRange(RuleWidth((Paragraph)summary.NextSibling()!, 9355), line / 4, line * 0.55);

        foreach (var basis in ByStyle(document, "Nd30Basis"))
        {
            Assert.Equal((profile.Body, false, true), format.Uniform(basis));
        }
        var preamble = ByStyle(document, "Nd30Preamble").Single();
        Assert.False(format.Uniform(preamble).Italic);
    }

    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfilesAndTemplates), MemberType = typeof(ExamplePlans))]
    public void Signature_block_and_nơi_nhận_sit_side_by_side_in_NĐ30_form(string name, string size, string template)
    {
        using var document = ExamplePlans.Open(name, size, template);
        var profile = ExamplePlans.Profile(size);
        var format = new EffectiveFormat(document);
        var plan = ExamplePlans.Plan(name);
        var heading = ByStyle(document, "Nd30RecipientsHeading").Single();
        var table = heading.Ancestors<W.Table>().Single();

        // Borderless, about one third for nơi nhận and two thirds for the signature (Mẫu 1.4: 2994 | 6290).
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, grid.Count);
        Assert.Equal(9355, grid.Sum());
        Assert.InRange(grid[0], 2800, 3300);
        Assert.All(table.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements, b => Assert.Equal(BorderValues.Nil, ((BorderType)b).Val!.Value));

        var left = Cell(table, 0, 0);
        Assert.Same(heading, left[0]);
        Assert.Equal("Nơi nhận:", DocxText.Of(heading));
        Assert.Equal((12.0, true, true), format.Uniform(heading));
        Assert.Equal(JustificationValues.Left, format.Alignment(heading));
        var recipients = left.Skip(1).ToList();
        Assert.Equal(plan.Recipients.Count + 1, recipients.Count);
        Assert.All(recipients, r =>
        {
            Assert.StartsWith("- ", DocxText.Of(r));
            Assert.Equal((11.0, false, false), format.Uniform(r));
        });
        Assert.All(recipients.SkipLast(1), r => Assert.EndsWith(";", DocxText.Of(r)));
        Assert.StartsWith("- Lưu: VT, ", DocxText.Of(recipients[^1]));
        Assert.EndsWith(".", DocxText.Of(recipients[^1]));

        var right = Cell(table, 0, 1);
        var expectedLines = plan.Signature.Authority.Select(a => a.ToString())
            .Concat(plan.Signature.Position is { } p ? [p] : []).ToList();
        Assert.Equal(expectedLines.Count + 1, right.Count);
        for (var i = 0; i < expectedLines.Count; i++)
        {
            Assert.Equal(Upper(expectedLines[i]), DocxText.Of(right[i]));
            Assert.Equal((profile.Body, true, false), format.Uniform(right[i]));
            Assert.Equal(JustificationValues.Center, format.Alignment(right[i]));
        }

        // The signer's name: bold, centred, after ≈25–30 mm of space for signature and seal.
        var signer = right[^1];
        Assert.Equal(plan.Signature.Name, DocxText.Of(signer));
        Assert.Equal((profile.Body, true, false), format.Uniform(signer));
        Assert.Equal(JustificationValues.Center, format.Alignment(signer));
        Assert.InRange(int.Parse(format.SpaceBefore(signer)!, CultureInfo.InvariantCulture), Units.MmToTwips(25), Units.MmToTwips(30));
    }

    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfilesAndTemplates), MemberType = typeof(ExamplePlans))]
    public void Page_numbers_are_hidden_on_first_pages_centred_at_the_top_and_restart_in_each_appendix(string name, string size, string template)
    {
        using var document = ExamplePlans.Open(name, size, template);
        var main = document.MainDocumentPart!;
        var sections = Sections(document);
        Assert.Null(sections[0].GetFirstChild<PageNumberType>()?.Start);
        Assert.All(sections.Skip(1), s => Assert.Equal(1, s.GetFirstChild<PageNumberType>()!.Start!.Value));
        foreach (var section in sections)
        {
            Assert.True(section.GetFirstChild<TitlePage>()!.Val?.Value ?? true);
            Assert.Empty(section.Elements<FooterReference>().Select(r => (FooterPart)main.GetPartById(r.Id!.Value!)).Where(f => f.Footer!.InnerText.Length > 0));
            var headers = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => (HeaderPart)main.GetPartById(r.Id!.Value!));
            Assert.Equal(string.Empty, headers[HeaderFooterValues.First].Header!.InnerText);
            Assert.Empty(headers[HeaderFooterValues.First].Header!.Descendants<SimpleField>());
            var field = Assert.Single(headers[HeaderFooterValues.Default].Header!.Descendants<SimpleField>());
            Assert.Equal("PAGE", field.Instruction!.Value!.Trim());
            var style = main.StyleDefinitionsPart!.Styles!.Elements<Style>()
                .Single(s => s.StyleId == ((Paragraph)field.Parent!).ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Equal(JustificationValues.Center, style.StyleParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal(ExamplePlans.Profile(size).PageNumber * 2, double.Parse(style.StyleRunProperties!.FontSize!.Val!.Value!, CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfilesAndTemplates), MemberType = typeof(ExamplePlans))]
    public void Appendices_have_their_heading_lines_and_full_width_tables_with_a_repeated_header_row(string name, string size, string template)
    {
        using var document = ExamplePlans.Open(name, size, template);
        var profile = ExamplePlans.Profile(size);
        var format = new EffectiveFormat(document);
        var plan = ExamplePlans.Plan(name);
        var labels = ByStyle(document, "Nd30AppendixLabel").ToList();
        Assert.Equal(plan.Appendices.Count, labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var title = (Paragraph)label.NextSibling()!;
            var caption = (Paragraph)title.NextSibling()!;
            Assert.Equal(plan.Appendices[i].Label ?? $"Phụ lục {ToRoman(i + 1)}", DocxText.Of(label));
            Assert.Equal((14.0, true, false), format.Uniform(label));
            Assert.Equal(Upper(plan.Appendices[i].Title), DocxText.Of(title));
            Assert.Equal((profile.Body, true, false), format.Uniform(title));
            Assert.Equal((profile.Body, false, true), format.Uniform(caption));
            Assert.All([label, title, caption], p => Assert.Equal(JustificationValues.Center, format.Alignment(p)));

            // Under the caption a rule 1/3 as long as its line (estimated as under the trích yếu: half an em a character).
            var captionLine = Math.Min(A4Long - 1701 - 850, DocxText.Of(caption).Length * profile.Body * 20 * 0.5);
            Assert.InRange(RuleWidth((Paragraph)caption.NextSibling()!, A4Long - 1701 - 850), captionLine / 4, captionLine * 0.55);

            // The appendix starts a new section: the paragraph before its label closes the previous one.
            Assert.NotNull(label.PreviousSibling<Paragraph>()!.ParagraphProperties!.GetFirstChild<SectionProperties>());
        }

        var tables = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>()
            .Where(t => t.GetFirstChild<TableProperties>()!.TableStyle?.Val?.Value == "Nd30GridTable").ToList();
        Assert.Equal(plan.Appendices.Sum(a => a.Tables.Count), tables.Count);
        foreach (var table in tables)
        {
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(A4Long - 1701 - 850, grid.Sum());
            var rows = table.Elements<W.TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
            var headerCells = rows[0].Elements<W.TableCell>().Select(c => c.GetFirstChild<Paragraph>()!).ToList();
            Assert.All(headerCells, p => Assert.True(format.Uniform(p).Bold));
            Assert.All(rows.Skip(1).SelectMany(r => r.Descendants<Paragraph>()).Where(p => DocxText.Of(p).Length > 0),
                p => Assert.Equal(profile.Table, format.Uniform(p).Size));
        }
    }

    private static List<SectionProperties> Sections(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList();

    private static IEnumerable<Paragraph> ByStyle(WordprocessingDocument document, string styleId) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Where(p => StyleOf(p) == styleId);

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static List<Paragraph> Cell(W.Table table, int row, int column) =>
        table.Elements<W.TableRow>().ElementAt(row).Elements<W.TableCell>().ElementAt(column).Elements<Paragraph>().ToList();

    private static string Upper(string text) => text.ToUpper(CultureInfo.InvariantCulture);

    private static string ToRoman(int n) => Examples.SeedText.Roman(n);

    /// <summary>A rule is an empty paragraph with a single top border, centred by equal indents; returns its length in twips.</summary>
    private static int RuleWidth(Paragraph rule, int cellWidth)
    {
        Assert.Empty(DocxText.Of(rule));
        var border = rule.ParagraphProperties!.ParagraphBorders!.GetFirstChild<TopBorder>()!;
        Assert.Equal(BorderValues.Single, border.Val!.Value);
        var indentation = rule.ParagraphProperties.Indentation!;
        Assert.Equal(indentation.Left!.Value, indentation.Right!.Value);
        return cellWidth - (2 * int.Parse(indentation.Left!.Value!, CultureInfo.InvariantCulture));
    }
}
