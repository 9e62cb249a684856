using CcHc.Docs.WordTemplates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CcHc.Docs.Tests.WordTemplates.WordFixture;

namespace CcHc.Docs.Tests.WordTemplates;

public sealed class DocxTemplateTextTests
{
    private static readonly Dictionary<string, object?> Office = new()
    {
        ["name"] = "UBND xã Vĩnh Phong",
        ["year"] = 2026,
    };

    [Fact]
    public void A_tag_split_over_runs_spell_marks_and_bookmarks_is_joined_and_takes_the_first_runs_format()
    {
        var paragraph = P(
            R("Kính gửi: "),
            R("{{ na", bold: true),
            new ProofError { Type = ProofingErrorValues.SpellStart },
            new BookmarkStart { Id = "0", Name = "mark" },
            R("m"),
            new BookmarkEnd { Id = "0" },
            R("e }}", italic: true),
            new ProofError { Type = ProofingErrorValues.SpellEnd },
            R(" năm ", italic: true),
            R("{{year}}"));
        var output = Render(Create(paragraph), Office);

        Assert.Equal(["Kính gửi: UBND xã Vĩnh Phong năm 2026"], Lines(output));
        using var document = Open(output);
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        var value = runs.Single(r => r.InnerText == "UBND xã Vĩnh Phong");
        Assert.NotNull(value.RunProperties?.Bold);
        Assert.Null(value.RunProperties?.Italic);
        // The text after the tag keeps its own run and format.
        Assert.NotNull(runs.Single(r => r.InnerText == " năm ").RunProperties?.Italic);
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void Two_tags_in_one_run_and_text_between_them_are_kept_in_order()
    {
        var output = Render(Create(P("({{ year }}) – {{ name }}!")), Office);
        Assert.Equal(["(2026) – UBND xã Vĩnh Phong!"], Lines(output));
    }

    [Fact]
    public void Values_are_escaped_newlines_become_breaks_and_control_characters_are_dropped()
    {
        var model = new Dictionary<string, object?> { ["v"] = "<w:p>&amp; \"x\"</w:p>\nline 2\u0007\u000B end\ttab" };
        var output = Render(Create(P("{{ v }}")), model);

        Assert.Equal(["<w:p>&amp; \"x\"</w:p>|line 2 end tab"], Lines(output));
        using var document = Open(output);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Single(body.Descendants<Break>());
        Assert.Single(body.Descendants<TabChar>());
        Assert.Single(body.Elements<Paragraph>());
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void Word_curly_quotes_in_a_tag_are_read_as_straight_quotes()
    {
        var output = Render(Create(P("{{ name | string.replace \u201Cxã\u201D \u2018phường\u2019 }}")), Office);
        Assert.Equal(["UBND phường Vĩnh Phong"], Lines(output));
    }

    [Fact]
    public void A_block_inside_one_paragraph_works_on_runs()
    {
        var model = new Dictionary<string, object?> { ["items"] = new[] { "a", "b", "c" }, ["urgent"] = true };
        var output = Render(Create(P(R("Danh sách: "), R("{{ for i in items }}{{ i }}{{ if !for.last }}, {{ end }}{{ end }}", bold: true),
            R("{{ if urgent }} (khẩn){{ else }} (thường){{ end }}"))), model);
        Assert.Equal(["Danh sách: a, b, c (khẩn)"], Lines(output));
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void Tags_in_a_header_are_rendered()
    {
        var output = Render(CreateWith([P("Thân")], header: P("Trang của {{ name }}")), Office);
        using var document = Open(output);
        var header = document.MainDocumentPart!.HeaderParts.Single().Header!;
        Assert.Equal("Trang của UBND xã Vĩnh Phong", header.InnerText);
    }

    [Fact]
    public void Tags_and_blocks_in_a_footer_are_rendered_and_its_errors_name_the_footer()
    {
        var output = Render(CreateWith([P("Thân")], footer: P(R("{{ name }}"), R(" – {{ for i in 1..3 }}{{ i }}{{ end }}"))), Office);
        using (var document = Open(output))
        {
            Assert.Equal("UBND xã Vĩnh Phong – 123", document.MainDocumentPart!.FooterParts.Single().Footer!.InnerText);
        }
        Assert.Empty(ValidationErrors(output));

        var error = Assert.Throws<DocxTemplateException>(() => Render(CreateWith([P("Thân")], footer: P("Trang {{ if x }}")), Office));
        Assert.StartsWith("t.docx: footer1, paragraph 1 \"Trang {{ if x }}\": 'if' opens a block that is never closed", error.Message);
    }

    [Fact]
    public void Tags_in_a_text_box_are_rendered_and_the_paragraph_around_it_is_kept()
    {
        var withTextBox = new Paragraph(
            "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\">" +
            "<w:r><w:t xml:space=\"preserve\">Trước </w:t></w:r><w:r><w:pict><v:shape style=\"width:100pt;height:40pt\"><v:textbox><w:txbxContent>" +
            "<w:p><w:r><w:t>Đơn vị: {{ name }}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>" +
            "<w:r><w:t xml:space=\"preserve\"> sau {{ year }}</w:t></w:r></w:p>");
        var output = Render(Create(withTextBox), Office);

        using var document = Open(output);
        var outer = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single();
        var inner = outer.Descendants<Paragraph>().Single();
        Assert.Equal("Đơn vị: UBND xã Vĩnh Phong", inner.InnerText);
        Assert.Equal("Trước  sau 2026", string.Concat(outer.Elements<Run>().Select(r => string.Concat(r.Elements<Text>().Select(t => t.Text)))));
    }

    [Fact]
    public void A_plan_is_seen_as_plan_with_vn_functions()
    {
        var plan = Rendering.ExamplePlans.Plan("vinh-thong-cchc-2026");
        var output = Render(Create(P("{{ plan.title.kind_upper }} {{ vn.roman 4 }}"), P("{{ plan.letterhead.reference }}")), plan);
        var view = new CcHc.Docs.Rendering.TemplateModel.PlanView(plan);
        Assert.Equal([view.Title.KindUpper + " IV", view.Letterhead.Reference], Lines(output));
    }

    private sealed record Invitation(string Guest, DateTime At);

    [Fact]
    public void Any_object_a_dictionary_or_yaml_data_can_be_the_model()
    {
        var template = Create(P("Kính mời {{ guest }} lúc {{ at | date.to_string \"%d/%m/%Y\" }}"));
        Assert.Equal(["Kính mời ông A lúc 05/01/2026"], Lines(Render(template, new Invitation("ông A", new DateTime(2026, 1, 5)))));
        Assert.Equal(["Kính mời bà B lúc 06/01/2026"], Lines(Render(template, new Dictionary<string, object?> { ["guest"] = "bà B", ["at"] = new DateTime(2026, 1, 6) })));
        var data = TemplateData.Parse("guest: \"Ông C\"\nat: 2026-01-07\n");
        Assert.Equal(["Kính mời Ông C lúc 2026-01-07"], Lines(Render(Create(P("Kính mời {{ guest }} lúc {{ at }}")), data)));
    }

    [Fact]
    public void Json_data_reads_numbers_and_booleans()
    {
        var data = TemplateData.Parse("{\"n\": 12, \"ok\": true, \"s\": \"12\", \"items\": [1, 2.5]}", "data.json");
        var output = Render(Create(P("{{ n + 1 }} {{ ok ? 'có' : 'không' }} {{ s + 1 }} {{ items[1] * 2 }}")), data);
        Assert.Equal(["13 có 121 5.0"], Lines(output).Select(l => l.Replace(",", ".")).ToList());
    }

    [Fact]
    public void A_template_file_is_never_modified_and_two_loads_give_the_same_bytes_with_fixed_zip_times()
    {
        var folder = Directory.CreateTempSubdirectory("cchc-word-file-");
        try
        {
            var path = Path.Combine(folder.FullName, "mau.docx");
            File.WriteAllBytes(path, Create(P("{{ name }}"), P("{{ for i in 1..2 }}"), P("{{ i }}"), P("{{ end }}")));
            var written = File.GetLastWriteTimeUtc(path);
            var before = File.ReadAllBytes(path);

            var first = DocxTemplate.Load(path);
            first.RenderToFile(Office, Path.Combine(folder.FullName, "a.docx"));
            var second = DocxTemplate.Load(path).Render(Office);

            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Equal(written, File.GetLastWriteTimeUtc(path));
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.FullName, "a.docx")), second);
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(second));
            Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
            Assert.Equal(["mau.docx", "a.docx"], folder.GetFiles().OrderByDescending(f => f.Name == "mau.docx").Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Rendering_is_deterministic_and_never_touches_the_template()
    {
        var bytes = Create(P("{{ name }}"), P("{{ year }}"));
        var copy = bytes.ToArray();
        var template = DocxTemplate.Load(new MemoryStream(bytes), "t.docx");
        var first = template.Render(Office);
        var second = template.Render(Office);
        Assert.Equal(first, second);
        Assert.Equal(copy, bytes);
    }

    // A paragraph in the form Word 2016 saves it (no word processor on the build machine writes rsids: LibreOffice
    // 7.4 drops them on export), typed as "Kính gửi: {{ name }} ({{ year }})": revision ids on the paragraph and on
    // every run, so "{{ na" and "me }}" are two runs that differ only by rsid; a spelling mark; the _GoBack
    // bookmark Word leaves where the cursor was; and a rendered page break inside the second tag.
    private const string WordParagraph =
        "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "w14:paraId=\"3F2A1B0C\" w14:textId=\"77FF0A1B\" w:rsidR=\"00D24E91\" w:rsidRDefault=\"00D24E91\" w:rsidP=\"00A1B2C3\">" +
        "<w:pPr><w:jc w:val=\"both\"/></w:pPr>" +
        "<w:r w:rsidRPr=\"00112233\"><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Kính gửi: {{ na</w:t></w:r>" +
        "<w:proofErr w:type=\"spellStart\"/>" +
        "<w:r w:rsidR=\"00445566\" w:rsidRPr=\"00112233\"><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">me }} (</w:t></w:r>" +
        "<w:proofErr w:type=\"spellEnd\"/>" +
        "<w:r w:rsidR=\"00778899\"><w:t>{{ ye</w:t></w:r>" +
        "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>" +
        "<w:r w:rsidR=\"00778899\"><w:lastRenderedPageBreak/><w:t>ar }})</w:t></w:r></w:p>";

    [Fact]
    public void A_paragraph_in_words_own_form_with_rsids_a_gobak_bookmark_and_a_page_break_mark_inside_tags_renders()
    {
        var output = Render(Create(P("{{ for i in 1..2 }}"), new Paragraph(WordParagraph), P("{{ end }}")), Office);

        Assert.Equal(["Kính gửi: UBND xã Vĩnh Phong (2026)", "Kính gửi: UBND xã Vĩnh Phong (2026)"], Lines(output));
        using var document = Open(output);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.All(paragraphs, p =>
        {
            Assert.Equal("00D24E91", p.RsidParagraphAddition!.Value);
            // The value is bold: it takes the format of the run where its tag starts.
            Assert.NotNull(p.Elements<Run>().Single(r => r.InnerText.Contains("UBND", StringComparison.Ordinal)).RunProperties?.Bold);
        });
        // Repeating the paragraph repeated its w14:paraId and the _GoBack bookmark: both are made unique.
        Assert.Equal(2, paragraphs.Select(p => p.ParagraphId!.Value).Distinct().Count());
        Assert.Equal(["_GoBack", "_GoBack_2"], paragraphs.SelectMany(p => p.Elements<BookmarkStart>()).Select(b => b.Name!.Value));
        Assert.Empty(ValidationErrors(output));
    }
}
