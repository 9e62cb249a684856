using CcHc.Docs.Markup.Tree;
using static CcHc.Docs.Tests.Markup.MarkupSnippets;

namespace CcHc.Docs.Tests.Markup;

public class MarkupParserBlockTests
{
    [Theory]
    [InlineData("<p>x</p>", ParagraphRole.Body)]
    [InlineData("<p role=\"body\">x</p>", ParagraphRole.Body)]
    [InlineData("<p role=\"basis\">x</p>", ParagraphRole.Basis)]
    [InlineData("<p role=\"preamble\">x</p>", ParagraphRole.Preamble)]
    [InlineData("<p role=\"closing\">x</p>", ParagraphRole.Closing)]
    [InlineData("<p role=\"center\">x</p>", ParagraphRole.Centered)]
    [InlineData("<p role=\"plain\">x</p>", ParagraphRole.Plain)]
    public void Paragraph_roles(string markup, ParagraphRole role)
    {
        var paragraph = Single<ParagraphBlock>(markup);
        Assert.Equal(role, paragraph.Role);
        Assert.Equal("x", Text(paragraph.Inlines));
    }

    [Fact]
    public void Heading_has_level_label_and_text()
    {
        var heading = Single<HeadingBlock>("<heading level=\"1\" label=\"I.\">MỤC ĐÍCH, YÊU CẦU</heading>");
        Assert.Equal(1, heading.Level);
        Assert.Equal("I.", heading.Label);
        Assert.Equal("MỤC ĐÍCH, YÊU CẦU", Text(heading.Inlines));
        Assert.Equal(0, Single<HeadingBlock>("<heading level=\"0\" label=\"Phần I\">Tình hình</heading>").Level);
        Assert.Equal(string.Empty, Single<HeadingBlock>("<heading level=\"4\" label=\"\">Không số</heading>").Label);
    }

    [Theory]
    [InlineData("<item marker=\"dash\">x</item>", ListMarker.Dash, null, "- ")]
    [InlineData("<item marker=\"plus\">x</item>", ListMarker.Plus, null, "+ ")]
    [InlineData("<item label=\"a)\">x</item>", ListMarker.Label, "a)", "a) ")]
    [InlineData("<item label=\" 1. \">x</item>", ListMarker.Label, "1.", "1. ")]
    public void Items_have_a_marker_or_a_label(string markup, ListMarker marker, string? label, string printed)
    {
        var item = Single<ListItemBlock>(markup);
        Assert.Equal(marker, item.Marker);
        Assert.Equal(label, item.Label);
        Assert.Equal(printed, item.MarkerText);
    }

    [Fact]
    public void Page_break_is_a_block()
    {
        var blocks = Blocks("<p>a</p><page-break/><p>b</p>");
        Assert.Same(PageBreakBlock.Instance, blocks[1]);
    }

    [Fact]
    public void Sections_have_orientation_numbering_and_restart()
    {
        var document = Document("""
            <document>
              <section><p>a</p></section>
              <section orientation="landscape" page-numbers="all" restart-page-numbers="true"><p>b</p></section>
              <section orientation="portrait" page-numbers="none" restart-page-numbers="false"/>
            </document>
            """);
        Assert.Equal(3, document.Sections.Count);
        var (first, second, third) = (document.Sections[0], document.Sections[1], document.Sections[2]);
        Assert.Equal((PageOrientation.Portrait, PageNumberDisplay.FromSecondPage, false), (first.Orientation, first.PageNumbers, first.RestartPageNumbering));
        Assert.Equal((PageOrientation.Landscape, PageNumberDisplay.AllPages, true), (second.Orientation, second.PageNumbers, second.RestartPageNumbering));
        Assert.Equal((PageOrientation.Portrait, PageNumberDisplay.None, false), (third.Orientation, third.PageNumbers, third.RestartPageNumbering));
        Assert.Empty(third.Blocks);
    }

    [Fact]
    public void Letterhead_with_defaults_for_national_name_and_motto()
    {
        var letterhead = Single<LetterheadBlock>("""
            <letterhead>
              <issuing-body>ỦY BAN NHÂN DÂN<br/>XÃ VĨNH PHONG</issuing-body>
              <number>&#160;&#160;&#160;/KH-UBND</number>
              <place-date>Vĩnh Phong, ngày&#160;&#160; tháng&#160;&#160; năm 2026</place-date>
            </letterhead>
            """);
        Assert.Empty(letterhead.ParentBody);
        Assert.Equal("ỦY BAN NHÂN DÂN\nXÃ VĨNH PHONG", Text(letterhead.IssuingBody));
        Assert.Equal("\u00A0\u00A0\u00A0/KH-UBND", Text(letterhead.Number));
        Assert.Equal("Vĩnh Phong, ngày\u00A0\u00A0 tháng\u00A0\u00A0 năm 2026", Text(letterhead.PlaceAndDate));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", letterhead.NationalName);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", letterhead.Motto);
    }

    [Fact]
    public void Letterhead_with_parent_body_and_overrides_in_any_order()
    {
        var letterhead = Single<LetterheadBlock>("""
            <letterhead>
              <place-date>Hà Nội, ngày 05 tháng 02 năm 2026</place-date>
              <motto>Độc lập – Tự do – Hạnh phúc</motto>
              <national-name>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</national-name>
              <number>05/KH-UBND</number>
              <issuing-body>ỦY BAN NHÂN DÂN XÃ A</issuing-body>
              <parent-body>UBND TỈNH B</parent-body>
            </letterhead>
            """);
        Assert.Equal("UBND TỈNH B", Text(letterhead.ParentBody));
        Assert.Equal("Độc lập – Tự do – Hạnh phúc", letterhead.Motto);
        Assert.Equal("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", letterhead.NationalName);
    }

    [Fact]
    public void Title_has_kind_and_multi_line_summary()
    {
        var title = Single<TitleBlock>("<title><kind>KẾ HOẠCH</kind><summary>Cải cách hành chính<br/>năm 2026</summary></title>");
        Assert.Equal("KẾ HOẠCH", Text(title.Kind));
        Assert.Equal("Cải cách hành chính\nnăm 2026", Text(title.Summary));
    }

    [Fact]
    public void Signing_has_recipients_and_signature_lines_in_order()
    {
        var signing = Single<SigningBlock>("""
            <signing>
              <recipients heading="Nơi nhận :">
                <recipient>UBND tỉnh;</recipient>
                <recipient>Lưu: VT, VHXH.</recipient>
              </recipients>
              <signature>
                <authority>TM. ỦY BAN NHÂN DÂN</authority>
                <authority>KT. CHỦ TỊCH</authority>
                <position>PHÓ CHỦ TỊCH</position>
                <signer>Châu Ngọc Cẩn</signer>
              </signature>
            </signing>
            """);
        Assert.Equal("Nơi nhận :", signing.RecipientsHeading);
        Assert.Equal(["UBND tỉnh;", "Lưu: VT, VHXH."], signing.Recipients.Select(Text));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], signing.AuthorityLines.Select(Text));
        Assert.Equal(["PHÓ CHỦ TỊCH"], signing.PositionLines.Select(Text));
        Assert.Equal("Châu Ngọc Cẩn", Text(signing.Signer));
    }

    [Fact]
    public void Signing_without_recipients_uses_the_default_heading()
    {
        var signing = Single<SigningBlock>("<signing><signature><position>CHỦ TỊCH</position><signer>A</signer></signature></signing>");
        Assert.Empty(signing.Recipients);
        Assert.Empty(signing.AuthorityLines);
        Assert.Equal("Nơi nhận:", signing.RecipientsHeading);
    }

    [Fact]
    public void Signature_without_position_line_is_accepted_for_validation_to_report()
    {
        var signing = Single<SigningBlock>("<signing><signature><authority>TM. ỦY BAN NHÂN DÂN</authority><signer>A</signer></signature></signing>");
        Assert.Empty(signing.PositionLines);
        Assert.Single(signing.AuthorityLines);
    }

    [Fact]
    public void Appendix_heading_has_label_title_and_optional_caption()
    {
        var full = Single<AppendixHeadingBlock>("""
            <appendix-heading>
              <label>Phụ lục I</label>
              <title>NHIỆM VỤ, GIẢI PHÁP</title>
              <caption>(Kèm theo Kế hoạch số 78/KH-UBND ngày 20 tháng 3 năm 2026 của Ủy ban nhân dân xã Vĩnh Phong)</caption>
            </appendix-heading>
            """);
        Assert.Equal("Phụ lục I", Text(full.Label));
        Assert.Equal("NHIỆM VỤ, GIẢI PHÁP", Text(full.Title));
        Assert.StartsWith("(Kèm theo", Text(full.Caption));
        Assert.Empty(Single<AppendixHeadingBlock>("<appendix-heading><label>Phụ lục</label><title>T</title></appendix-heading>").Caption);
    }

    [Fact]
    public void Comments_and_processing_instructions_are_ignored()
    {
        var blocks = Blocks("<!-- mục I --><?template x?><p>a<!-- c -->b</p>");
        Assert.Equal("ab", Text(Assert.IsType<ParagraphBlock>(Assert.Single(blocks)).Inlines));
    }

    [Fact]
    public void The_sample_plan_parses()
    {
        var document = Docx.SampleDocument.Markup;
        Assert.Equal(3, document.Sections.Count);
        Assert.IsType<LetterheadBlock>(document.Sections[0].Blocks[0]);
        Assert.IsType<SigningBlock>(document.Sections[0].Blocks[^1]);
        Assert.All(document.Sections.Skip(1), s => Assert.Equal(PageOrientation.Landscape, s.Orientation));
    }
}
