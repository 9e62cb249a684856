using static CcHc.Docs.Templating.Tests.Engine.EngineTestHelpers;

namespace CcHc.Docs.Templating.Tests.Engine;

public sealed class StatementTests
{
    [Theory]
    [InlineData("Hello {{ 'world' }}!", "Hello world!")]
    [InlineData("{{ x = 5 }}{{ x }}", "5")]
    [InlineData("{{ $x = 1; $y = 2; $x + $y }}", "3")]
    [InlineData("{{ if 0 }}zero is true{{ end }}", "zero is true")]
    [InlineData("{{ if '' }}empty string is true{{ end }}", "empty string is true")]
    [InlineData("{{ if null }}a{{ else if false }}b{{ else }}c{{ end }}", "c")]
    [InlineData("{{ for i in 1..3 }}{{ i }}{{ end }}", "123")]
    [InlineData("{{ for i in 1..<3 }}{{ i }}{{ end }}", "12")]
    [InlineData("{{ for i in [1,2,3,4] offset:1 limit:2 }}{{ i }}{{ end }}", "23")]
    [InlineData("{{ for i in 1..3 reversed }}{{ i }}{{ end }}", "321")]
    [InlineData("{{ for i in [] }}x{{ else }}none{{ end }}", "none")]
    [InlineData("{{ for i in 1..3 }}{{ for.index }}{{ for.first }}{{ for.last }};{{ end }}", "0truefalse;1falsefalse;2falsetrue;")]
    [InlineData("{{ for i in 1..5 }}{{ if i == 2; continue; end; if i == 4; break; end; i }}{{ end }}", "13")]
    [InlineData("{{ x = 0; while x < 3; x = x + 1; x; end }}", "123")]
    [InlineData("{{ capture c }}in {{ 1 + 1 }}{{ end }}[{{ c }}]", "[in 2]")]
    [InlineData("{{ case 2; when 1; 'one'; when 2, 3; 'two or three'; else; 'other'; end }}", "two or three")]
    [InlineData("{{ func add; ret $0 + $1; end; add 1 2 }}", "3")]
    [InlineData("{{ func sub(a, b = 1); ret a - b; end; sub 5 }}", "4")]
    [InlineData("{{ f(x) = x * 2; f 21 }}", "42")]
    [InlineData("{{ 5 | math.plus 1 }}", "6")]
    [InlineData("{{ x = do; ret $0 * 3; end; x 2 }}", "6")]
    [InlineData("{{ o = {}; with o; a = 1; end; o.a }}", "1")]
    [InlineData("{{ o = {a: 7}; import o; a }}", "7")]
    [InlineData("{{ $\"sum {1 + 2}\" }}", "sum 3")]
    [InlineData("{%{ {{ not code }} }%}", " {{ not code }} ")]
    [InlineData("a  {{- 'b' -}}  c", "abc")]
    [InlineData("a\n  {{~ 'b' ~}}  \nc", "a\nbc")]
    [InlineData("{{ x = [1, 2]; x[5] }}", "")]
    [InlineData("{{ [1, 'a', null] }}", "[1, \"a\", null]")]
    [InlineData("{{ null ?? 'd' }}", "d")]
    [InlineData("{{ 7 // 2 }} {{ 7 / 2 }} {{ 7 % 2 }}", "3 3.5 1")]
    [InlineData("{{ 'a' * 3 }}", "aaa")]
    [InlineData("{{ true && !false || false }}", "true")]
    [InlineData("{{ 1 < 2 ? 'y' : 'n' }}", "y")]
    [InlineData("{{ x = 1; x++; x }}", "2")]
    [InlineData("{{ x = 5; x += 2; x }}", "7")]
    [InlineData("{{ ret }}after", "")]
    public void Renders(string template, string expected) => Assert.Equal(expected, Render(template));

    [Fact]
    public void AutoIndentIndentsMultiLineValues()
    {
        var output = Render("{{ v = \"a\\nb\\n\" ~}}\n  {{ v }}x");
        Assert.Equal("  a\n  b\nx", output);
    }

    [Fact]
    public void HostObjectsExposeSnakeCaseMembers()
    {
        var output = Render("{{ model.legal_bases[1] }}-{{ model.title }}", c => c.Globals.SetValue("model", new Model()));
        Assert.Equal("B-T", output);
    }

    [Fact]
    public void HostObjectMethodsAreNotReachable()
    {
        var output = Render("[{{ model.get_type }}][{{ model.to_string }}]", c => c.Globals.SetValue("model", new Model()));
        Assert.Equal("[][]", output);
    }

    [Fact]
    public void IncludeRendersLoadedTemplateWithArguments()
    {
        var output = Render("{{ include 'part' 2 3 }}", c => c.TemplateLoader = new DictionaryLoader(new() { ["part"] = "{{ $1 + $2 }}" }));
        Assert.Equal("5", output);
    }

    [Fact]
    public void ReadOnlyVariableCannotBeAssigned()
    {
        var error = RenderError("{{ x = 1\nreadonly x\nx = 2 }}");
        Assert.Equal("t(3,1) : error : Cannot set the readonly variable `x`", error.Message);
    }

    private sealed class Model
    {
        public string Title { get; } = "T";

        public IReadOnlyList<string> LegalBases { get; } = new[] { "A", "B" };
    }
}
