using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CcHc.Docs.Testing.Tests.TestDocx;

namespace CcHc.Docs.Testing.Tests.Docx;

public sealed class DocxDescriptionTests
{
    [Fact]
    public void Describe_SmallDocument_ShowsSectionParagraphsAndTableAsLines()
    {
        var body = new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Both }, new Indentation { FirstLine = "720" }),
            Run("Điều 1. ", Size(26, bold: true)), Run("Nội "), Run("dung"));
        var docx = Create(
            Paragraph("KẾ HOẠCH", Size(28, bold: true), Centered()),
            body,
            new Paragraph(),
            Table([1000, 3000], ["STT", "Nội dung"], ["1", "Một"]));

        // Lengths by hand: 1134 twips = 20.0mm, 1701 = 30.0mm, 850 = 15.0mm, 720 = 12.7mm, 1000 = 17.6mm, 3000 = 52.9mm.
        const string expected = """
            font: Times New Roman
            section 1
              page: A4 portrait 210.0×297.0mm
              margins: top 20.0mm, bottom 20.0mm, left 30.0mm, right 15.0mm
              header distance 12.7mm, footer distance 12.7mm
              page numbers: continue
              p [14pt B center] KẾ HOẠCH
              p [justify first=12.7mm]
                [13pt B] "Điều 1. "
                [13pt] Nội dung
              p [13pt]
              table [cols=17.6|52.9mm borders=single]
                row 1
                  cell A1
                    p [13pt] STT
                  cell B1
                    p [13pt] Nội dung
                row 2
                  cell A2
                    p [13pt] 1
                  cell B2
                    p [13pt] Một

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), Describe(docx));
    }

    [Fact]
    public void Describe_ParagraphFormatting_UsesShortTokensInPointsAndMillimetres()
    {
        var properties = new ParagraphProperties(
            new KeepNext(),
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6 }),
            new SpacingBetweenLines { Before = "120", After = "60", Line = "360", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { Left = "567", Right = "283", Hanging = "284" },
            new Justification { Val = JustificationValues.Right });
        var run = new RunProperties(new Italic(), new Underline { Val = UnderlineValues.Single }, new Caps(), new FontSize { Val = "27" });

        var line = Body(Describe(Create(Paragraph("Độc lập", run, properties))))[0];

        Assert.Equal("p [13.5pt I U caps right left=10.0mm right=5.0mm hanging=5.0mm before=6pt after=3pt line=1.5 keep-next border-bottom=single/0.75pt] Độc lập", line);
    }

    [Fact]
    public void Describe_FontOtherThanTheDominantOne_IsNamedOnItsLine()
    {
        var arial = new RunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" });
        var lines = Describe(Create(Paragraph("một hai ba bốn"), Paragraph("x", arial))).Split('\n');

        Assert.Equal("font: Times New Roman", lines[0]);
        Assert.Contains("  p [13pt] một hai ba bốn", lines);
        Assert.Contains("  p ['Arial' 13pt] x", lines);
    }

    [Fact]
    public void Describe_FieldsBreaksAndTabs_ShowAsBracedNames()
    {
        var paragraph = new Paragraph(
            Run("Trang "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE  \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("7")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new TabChar(), new Text("x"), new Break()),
            new SimpleField(Run("3")) { Instruction = " NUMPAGES " });

        var line = Body(Describe(Create(paragraph)))[0];

        Assert.Equal("p [13pt] Trang {PAGE}{TAB}x{BR}{NUMPAGES}", line);
    }

    [Fact]
    public void Describe_HeaderAndFooter_AreListedUnderTheirSectionWithPageField()
    {
        var docx = Create([Paragraph("Nội dung")], main =>
        {
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(Centered(),
                new SimpleField(Run("1")) { Instruction = "PAGE" }));
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph("Đầu trang"));
            var section = main.Document.Body!.Elements<SectionProperties>().Single();
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            section.Append(new PageNumberType { Start = 1 }, new TitlePage());
        });

        var lines = Describe(docx).Split('\n');

        Assert.Contains("  page numbers: restart at 1", lines);
        Assert.Contains("  title page: different first page", lines);
        Assert.Contains("  header first: empty", lines);
        Assert.Contains("  footer first: empty", lines);
        var header = Array.IndexOf(lines, "  header default:");
        Assert.Equal("    p [13pt] Đầu trang", lines[header + 1]);
        var footer = Array.IndexOf(lines, "  footer default:");
        Assert.Equal("    p [13pt center] {PAGE}", lines[footer + 1]);
    }

    [Fact]
    public void Describe_LandscapeSection_ShowsOrientationAndEachSectionSeparately()
    {
        var first = new Paragraph(new ParagraphProperties(A4Section()), Run("Trang dọc"));
        var docx = Create([first, Paragraph("Phụ lục")], section: A4Section(landscape: true));

        var lines = Describe(docx).Split('\n');

        Assert.Equal("section 1", lines[1]);
        Assert.Equal("  page: A4 portrait 210.0×297.0mm", lines[2]);
        var second = Array.IndexOf(lines, "section 2");
        Assert.True(second > Array.IndexOf(lines, "  p [13pt] Trang dọc"));
        Assert.Equal("  page: A4 landscape 297.0×210.0mm", lines[second + 1]);
        Assert.Equal("  p [13pt] Phụ lục", lines[second + 5]);
    }

    [Fact]
    public void Describe_SectionWithoutItsOwnHeader_ShowsThePreviousSectionsHeaderAsWordDoes()
    {
        var docx = Create([new Paragraph(new ParagraphProperties(A4Section()), Run("Một")), Paragraph("Hai")], main =>
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph("Đầu trang"));
            var first = main.Document.Body!.Descendants<SectionProperties>().First();
            first.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        });

        var lines = Describe(docx).Split('\n');

        var headers = lines.Select((line, index) => (line, index)).Where(entry => entry.line == "  header default:").Select(entry => entry.index).ToList();
        Assert.Equal(2, headers.Count);
        Assert.All(headers, index => Assert.Equal("    p [13pt] Đầu trang", lines[index + 1]));
        Assert.True(headers[1] > Array.IndexOf(lines, "section 2"));
    }

    [Fact]
    public void Describe_NumberedParagraphs_ShowTheLabelWordComputes()
    {
        var docx = Create(
            [Numbered("Mục đích", 0), Numbered("Yêu cầu", 1), Numbered("Chi tiết", 1), Numbered("Nhiệm vụ", 0), Numbered("Nội dung", 1)],
            main =>
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering(
                    new AbstractNum(
                        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.UpperRoman }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1.%2." },
                            new PreviousParagraphProperties(new Indentation { Left = "567" })) { LevelIndex = 1 })
                    { AbstractNumberId = 1 },
                    new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 5 });
            });

        var body = Body(Describe(docx));

        Assert.Equal(
            [
                "p [13pt label=\"I.\"] Mục đích",
                "p [13pt left=10.0mm label=\"I.1.\"] Yêu cầu",
                "p [13pt left=10.0mm label=\"I.2.\"] Chi tiết",
                "p [13pt label=\"II.\"] Nhiệm vụ",
                "p [13pt left=10.0mm label=\"II.1.\"] Nội dung",
            ],
            body);

        static Paragraph Numbered(string text, int level) => Paragraph(text, paragraph: new ParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 5 })));
    }

    [Fact]
    public void Describe_TableWithMergesAndHeaderRow_ShowsSpansAndSkipsCoveredCells()
    {
        var table = Table([1000, 1000, 1000], ["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]);
        var rows = table.Elements<TableRow>().ToList();
        rows[0].PrependChild(new TableRowProperties(new TableHeader()));
        // A1:B1 merged across; C1:C2 merged down.
        var a1 = rows[0].Elements<TableCell>().First();
        a1.PrependChild(new TableCellProperties(new GridSpan { Val = 2 }));
        rows[0].Elements<TableCell>().ElementAt(1).Remove();
        rows[0].Elements<TableCell>().Last().PrependChild(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }));
        rows[1].Elements<TableCell>().Last().PrependChild(new TableCellProperties(new VerticalMerge()));

        var body = Body(Describe(Create(table)));

        Assert.Equal("row 1 [header]", body[1].Trim());
        Assert.Equal("cell A1 [colspan=2]", body[2].Trim());
        Assert.Equal("cell C1 [rowspan=2]", body[4].Trim());
        Assert.DoesNotContain(body, line => line.Trim() == "cell C2");
        Assert.Contains(body, line => line.Trim() == "cell B2");
    }

    [Fact]
    public void Describe_TableWithoutBorders_SaysNone()
    {
        var table = Table([2000], ["x"]);
        table.GetFirstChild<TableProperties>()!.RemoveAllChildren<TableBorders>();

        var body = Body(Describe(Create(table)));

        Assert.Equal("table [cols=35.3mm borders=none]", body[0]);
    }

    [Fact]
    public void Describe_TextWithEdgeSpaces_IsQuotedSoTheSpacesStayVisible()
    {
        var body = Body(Describe(Create(Paragraph("  thụt vào"))));

        Assert.Equal("p [13pt] \"  thụt vào\"", body[0]);
    }

    [Fact]
    public void Describe_ControlCharacterInText_IsShownAsItsCodeAndKeepsOneLine()
    {
        var body = Body(Describe(Create(Paragraph("ỦY BAN\nXÃ"))));

        Assert.Equal("p [13pt] ỦY BAN{U+000A}XÃ", body[0]);
    }

    [Fact]
    public void Describe_NotADocx_ThrowsArgumentExceptionNamingTheProblem()
    {
        var exception = Assert.Throws<ArgumentException>(() => DocxDescription.Describe(new MemoryStream([1, 2, 3])));

        Assert.Contains(".docx", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>The body lines of the first section (after the page setup lines), unindented by one level.</summary>
    internal static List<string> Body(string description) =>
        description.Split('\n')
            .SkipWhile(line => !line.StartsWith("  page numbers:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => line.Length > 0 && !line.StartsWith("section ", StringComparison.Ordinal))
            .Select(line => line[2..])
            .ToList();
}
