using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Footnotes;

/// <summary>The plan-string syntax <c>^[note]</c>: where a note starts and ends, escapes, and what stays text.</summary>
public sealed class FootnoteMarksTests
{
    [Theory]
    [InlineData("Luật^[Sửa đổi năm 2025.] mới", "Luật<footnote>Sửa đổi năm 2025.</footnote> mới")]
    // The note's own emphasis; emphasis around it keeps working.
    [InlineData("*Sở*^[Gồm **Sở Nội vụ**.]", "<i>Sở</i><footnote>Gồm <b>Sở Nội vụ</b>.</footnote>")]
    // Brackets pair up inside a note; \] is a lone bracket.
    [InlineData("A^[Điều 3 [sửa đổi]] B", "A<footnote>Điều 3 [sửa đổi]</footnote> B")]
    [InlineData(@"A^[mở \] ngoặc]", "A<footnote>mở ] ngoặc</footnote>")]
    // Two notes.
    [InlineData("a^[một] b^[hai]", "a<footnote>một</footnote> b<footnote>hai</footnote>")]
    // What stays text: escaped, never closed, empty, a caret alone, square brackets alone.
    [InlineData(@"Ký hiệu \^[x]", "Ký hiệu ^[x]")]
    [InlineData("Mở ^[ không đóng", "Mở ^[ không đóng")]
    [InlineData("Rỗng ^[ ] đây", "Rỗng ^[ ] đây")]
    [InlineData("2^3 và [ghi chú]", "2^3 và [ghi chú]")]
    // The note is encoded as any printed value.
    [InlineData("x^[a < b & c]", "x<footnote>a &lt; b &amp; c</footnote>")]
    public void Notes_become_footnote_elements(string text, string markup) =>
        Assert.Equal(markup, Emphasis.ToMarkup(text));

    [Theory]
    [InlineData("Ô *một*^[Ghi *chú*.]", "Ô *một*<footnote>Ghi *chú*.</footnote>")]
    [InlineData("Không có", "Không có")]
    public void Table_cells_get_footnotes_and_keep_asterisks(string text, string markup) =>
        Assert.Equal(markup, Emphasis.FootnotesOnly(text));

    [Theory]
    [InlineData("Luật^[Sửa đổi năm 2025.] mới", "Luật (Sửa đổi năm 2025.) mới")]
    [InlineData(@"Ký hiệu \^[x]", "Ký hiệu ^[x]")]
    [InlineData("Không có", "Không có")]
    public void Without_footnotes_a_note_prints_in_parentheses(string text, string inline) =>
        Assert.Equal(inline, FootnoteMarks.Inline(text));

    [Fact]
    public void HasFootnote_tells_a_note_from_text_that_only_looks_like_one()
    {
        Assert.True(FootnoteMarks.HasFootnote("a^[b]"));
        Assert.False(FootnoteMarks.HasFootnote(@"a\^[b]"));
        Assert.False(FootnoteMarks.HasFootnote("a^[b"));
    }
}
