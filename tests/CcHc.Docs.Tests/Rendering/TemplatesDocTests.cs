using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using CcHc.Docs.Rendering;
using CcHc.Docs.Rendering.TemplateModel;
using CcHc.Docs.Tests.Support;
using Scriban;
using Scriban.Runtime;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>docs/templates.md stays true: its vn.* examples print what it says, and it lists every member of the template model.</summary>
public partial class TemplatesDocTests
{
    private static readonly Lazy<string> Doc = new(() =>
        File.ReadAllText(Path.Combine(Examples.SeedText.RepositoryRoot, "docs", "templates.md")));

    public static TheoryData<string, string> VnExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (Match row in VnRow().Matches(Doc.Value))
        {
            data.Add(row.Groups["call"].Value, row.Groups["prints"].Value);
        }
        return data;
    }

    [Fact]
    public void The_doc_has_an_example_for_every_vn_function()
    {
        var documented = VnRow().Matches(Doc.Value).Select(m => Regex.Match(m.Groups["call"].Value, @"vn\.(\w+)").Groups[1].Value).ToHashSet();
        var functions = VietnameseFunctions.Module.Keys.ToHashSet();
        Assert.Equal(functions.Order(), documented.Order());
    }

    [Theory]
    [MemberData(nameof(VnExamples))]
    public void Vn_example_prints_what_the_doc_says(string call, string prints)
    {
        var template = Template.Parse(call, "doc");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        Assert.Equal(prints, template.Render(Context(("vn", VietnameseFunctions.Module))));
    }

    [Theory]
    [InlineData(typeof(PlanView))]
    [InlineData(typeof(LetterheadView))]
    [InlineData(typeof(TitleView))]
    [InlineData(typeof(SectionView))]
    [InlineData(typeof(BlockView))]
    [InlineData(typeof(TaskView))]
    [InlineData(typeof(SignatureView))]
    [InlineData(typeof(AppendixView))]
    [InlineData(typeof(TableView))]
    [InlineData(typeof(ColumnView))]
    [InlineData(typeof(RowView))]
    [InlineData(typeof(TaskItemView))]
    [InlineData(typeof(ReportView))]
    [InlineData(typeof(ReportRowView))]
    [InlineData(typeof(AssignmentView))]
    [InlineData(typeof(BodyParagraphView))]
    [InlineData(typeof(OpeningParagraphView))]
    public void Every_member_of_the_template_model_is_documented(Type view)
    {
        foreach (var property in view.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = SnakeCase().Replace(property.Name, "$1_$2").ToLowerInvariant();
            Assert.Contains("`" + name + "`", Doc.Value);
        }
    }

    [Theory]
    [InlineData("{{ plan.numbering }}", "nd30")]
    [InlineData("{{ plan.letterhead.number_line }}", "Số: 78/KH-UBND")]
    [InlineData("{{ plan.letterhead.reference }}", "78/KH-UBND")]
    [InlineData("{{ plan.letterhead.date_line }}", "Vĩnh Phong, ngày 20 tháng 3 năm 2026")]
    [InlineData("{{ plan.letterhead.issuer_lines | array.join '|' }}", "ỦY BAN NHÂN DÂN|XÃ VĨNH PHONG")]
    [InlineData("{{ plan.title.kind_upper }}", "KẾ HOẠCH")]
    [InlineData("{{ plan.archive_line }}", "Lưu: VT, ttcloan.")]
    [InlineData("{{ plan.signature.name }} {{ plan.signature.authority_lines | array.size }}", "Châu Ngọc Cẩn 0")]
    [InlineData("{{ s = plan.sections[1] }}{{ s.label }} {{ s.level }} {{ s.kind }} {{ s.heading }}", "II. 1 tasks NHIỆM VỤ VÀ GIẢI PHÁP")]
    [InlineData("{{ s = plan.sections[1].blocks[0].section }}{{ s.label }} {{ s.level }} {{ s.kind }} {{ s.heading }}", "1. 2 custom Phòng Văn hóa - Xã hội")]
    [InlineData("{{ a = plan.appendices[0] }}{{ a.number }} {{ a.label }} {{ a.landscape }}", "1 Phụ lục 1 true")]
    [InlineData("{{ c = plan.appendices[0].tables[0].columns }}{{ c[0].header }}|{{ c[0].width }}|{{ c[0].field }}|{{ c[1].field }}", "STT|12|number|task")]
    [InlineData("{{ r = plan.appendices[0].tables[0].rows[0] }}{{ r.is_group }} {{ r.number }} {{ r.depth }} {{ r.title }}", "true I 0 Công tác chỉ đạo điều hành CCHC")]
    [InlineData("{{ r = plan.appendices[0].tables[0].rows[4] }}{{ r.number }} {{ r.depth }} {{ r.cells | array.join '|' }}", "3.1 2 3.1|Xây dựng KH kiểm tra; thành lập Đoàn Kiểm tra cải cách hành chính|Quyết định, Kế hoạch kiểm tra|Phòng Văn hóa - Xã hội|Các cơ quan, đơn vị có liên quan|Quý I")]
    public void Model_examples_of_the_doc_hold_for_the_PAR_plan(string template, string expected)
    {
        Assert.Contains(expected.Split(' ', '|')[^1], Doc.Value);
        var context = Context(("plan", new PlanView(ExamplePlans.Plan("vinh-phong-par-sipas-papi-2026"))));
        Assert.Equal(expected, Template.Parse(template, "doc").Render(context));
    }

    // A plain Scriban context with the renderer's culture and the given globals (no escaping: these are text checks).
    private static TemplateContext Context(params (string Name, object Value)[] globals)
    {
        var context = new TemplateContext();
        context.PushCulture(CultureInfo.GetCultureInfo("vi-VN"));
        var scope = new ScriptObject();
        foreach (var (name, value) in globals)
        {
            scope.SetValue(name, value, readOnly: true);
        }
        context.PushGlobal(scope);
        return context;
    }

    [GeneratedRegex(@"^\| `(?<call>\{\{ vn\.[^`]+\}\})` \| `(?<prints>[^`]*)` \|$", RegexOptions.Multiline)]
    private static partial Regex VnRow();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex SnakeCase();
}
