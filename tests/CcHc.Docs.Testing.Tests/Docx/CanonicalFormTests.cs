using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CcHc.Docs.Testing.Tests.TestDocx;

namespace CcHc.Docs.Testing.Tests.Docx;

/// <summary>Documents that look the same in Word describe the same, whatever the XML underneath.</summary>
public sealed class CanonicalFormTests
{
    [Fact]
    public void SameDocumentBuiltTwice_DescribesIdentically()
    {
        static byte[] Build() => Create(
            Paragraph("KẾ HOẠCH", Size(28, bold: true), Centered()),
            Paragraph("Thực hiện cải cách hành chính năm 2026"),
            Table([1000, 2000], ["STT", "Nhiệm vụ"], ["1", "Rà soát"]));

        Assert.Equal(Describe(Build()), Describe(Build()));
    }

    [Fact]
    public void FormattingThroughStyles_DescribesLikeTheSameDirectFormatting()
    {
        var styled = Create(
            [
                Paragraph("TIÊU ĐỀ", paragraph: new ParagraphProperties(new ParagraphStyleId { Val = "Title1" })),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Body1" }),
                    Run("Lưu ý: ", new RunProperties(new RunStyle { Val = "Emphasis1" })), Run("nội dung")),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Body1" })),
            ],
            main =>
            {
                var styles = main.StyleDefinitionsPart!.Styles!;
                styles.Append(
                    new Style(new StyleName { Val = "Base" }, new BasedOn { Val = "Normal" },
                        new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
                        new StyleRunProperties(new FontSize { Val = "28" }))
                    { Type = StyleValues.Paragraph, StyleId = "Base" },
                    new Style(new StyleName { Val = "Title1" }, new BasedOn { Val = "Base" },
                        new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
                        new StyleRunProperties(new Bold()))
                    { Type = StyleValues.Paragraph, StyleId = "Title1" },
                    new Style(new StyleName { Val = "Body1" }, new BasedOn { Val = "Base" },
                        new StyleParagraphProperties(new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }),
                        new StyleRunProperties(new FontSize { Val = "26" }))
                    { Type = StyleValues.Paragraph, StyleId = "Body1" },
                    new Style(new StyleName { Val = "Emphasis1" }, new StyleRunProperties(new Italic()))
                    { Type = StyleValues.Character, StyleId = "Emphasis1" });
            });

        // Same look, all direct formatting, on top of different document defaults (Arial 11pt).
        var bodyParagraph = new ParagraphProperties(
            new SpacingBetweenLines { After = "120" }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both });
        var direct = Create(
            [
                Paragraph("TIÊU ĐỀ", TimesNewRoman(28, bold: true), new ParagraphProperties(
                    new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Center })),
                new Paragraph((ParagraphProperties)bodyParagraph.CloneNode(true),
                    Run("Lưu ý: ", TimesNewRoman(26, italic: true)), Run("nội dung", TimesNewRoman(26))),
                new Paragraph(new ParagraphProperties(
                    new SpacingBetweenLines { After = "120" }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both },
                    new ParagraphMarkRunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "26" }))),
            ],
            main =>
            {
                var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
                defaults.RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial" };
                defaults.FontSize = new FontSize { Val = "22" };
            });

        Assert.Equal(Describe(styled), Describe(direct));
        Assert.Contains("p [14pt B center after=6pt] TIÊU ĐỀ", Describe(direct), StringComparison.Ordinal);

        static RunProperties TimesNewRoman(int halfPoints, bool bold = false, bool italic = false)
        {
            var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return properties;
        }
    }

    [Fact]
    public void StyleNames_AreShownOnlyWhenAskedFor()
    {
        var docx = Create(
            [Paragraph("Chương", paragraph: new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }))],
            main => main.StyleDefinitionsPart!.Styles!.Append(
                new Style(new StyleName { Val = "heading 1" },
                    new StyleParagraphProperties(new OutlineLevel { Val = 0 }), new StyleRunProperties(new Bold()))
                { Type = StyleValues.Paragraph, StyleId = "Heading1" }));

        Assert.Equal("p [13pt B outline=1] Chương", DocxDescriptionTests.Body(Describe(docx))[0]);
        Assert.Equal("p [13pt B outline=1 style=\"heading 1\"] Chương",
            DocxDescriptionTests.Body(Describe(docx, new DocxDescriptionOptions { IncludeStyleNames = true }))[0]);
    }

    [Fact]
    public void BoldFromParagraphStyleAndCharacterStyle_TogglesOff_WhileDirectBoldStaysBold()
    {
        var docx = Create(
            [
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Strong1" }),
                    Run("a", new RunProperties(new RunStyle { Val = "StrongChar" })),
                    Run("b", new RunProperties(new RunStyle { Val = "StrongChar" }, new Bold()))),
            ],
            main => main.StyleDefinitionsPart!.Styles!.Append(
                new Style(new StyleRunProperties(new Bold())) { Type = StyleValues.Paragraph, StyleId = "Strong1" },
                new Style(new StyleRunProperties(new Bold())) { Type = StyleValues.Character, StyleId = "StrongChar" }));

        var body = DocxDescriptionTests.Body(Describe(docx));

        Assert.Equal(["p", "  [13pt] a", "  [13pt B] b"], body);
    }

    [Fact]
    public void RsidsIdsBookmarksProofingMarksAndAttributeOrder_DoNotShow()
    {
        const string plain = """
            <w:body>
              <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>KẾ HOẠCH</w:t></w:r></w:p>
              <w:p><w:r><w:t>Cải cách hành chính</w:t></w:r></w:p>
              <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>
            </w:body>
            """;
        const string noisy = """
            <w:body>
              <w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6" w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidP="00123456">
                <w:pPr><w:jc w:val="center"/><w:rPr><w:lang w:val="vi-VN"/></w:rPr></w:pPr>
                <w:bookmarkStart w:id="0" w:name="_GoBack"/>
                <w:r w:rsidRPr="00ABCDEF"><w:rPr><w:sz w:val="28"/><w:b/><w:lang w:val="vi-VN"/></w:rPr><w:t>KẾ</w:t></w:r>
                <w:proofErr w:type="spellStart"/>
                <w:r w:rsidR="00FEDCBA"><w:rPr><w:b w:val="1"/><w:sz w:val="28"/><w:noProof/></w:rPr><w:lastRenderedPageBreak/><w:t xml:space="preserve"> HOẠCH</w:t></w:r>
                <w:proofErr w:type="spellEnd"/>
                <w:bookmarkEnd w:id="0"/>
              </w:p>
              <w:p w:rsidR="00112233" w14:paraId="5E6F7A8B"><w:r w:rsidR="00445566"><w:t>Cải cách </w:t></w:r><w:r w:rsidR="00778899"><w:t>hành chính</w:t></w:r></w:p>
              <w:sectPr w:rsidR="00998877"><w:pgSz w:h="16838" w:w="11906"/><w:pgMar w:gutter="0" w:footer="720" w:header="720" w:left="1701" w:bottom="1134" w:right="850" w:top="1134"/></w:sectPr>
            </w:body>
            """;

        Assert.Equal(Describe(CreateRaw(plain)), Describe(CreateRaw(noisy)));
        Assert.DoesNotContain("00A1B2C3", Describe(CreateRaw(noisy)), StringComparison.Ordinal);
    }

    /// <summary>A package whose document.xml is exactly <paramref name="bodyXml"/> wrapped in w:document (no re-serialisation by the SDK).</summary>
    private static byte[] CreateRaw(string bodyXml)
    {
        var xml = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
            """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" """ +
            """xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" """ +
            """xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">""" +
            bodyXml + "</w:document>";
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "26" }))));
            using var part = main.GetStream(FileMode.Create);
            part.Write(Encoding.UTF8.GetBytes(xml));
        }
        return stream.ToArray();
    }
}
