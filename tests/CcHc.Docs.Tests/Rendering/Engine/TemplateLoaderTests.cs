using CcHc.Docs.Rendering;
using Scriban;
using Scriban.Runtime;

namespace CcHc.Docs.Tests.Rendering.Engine;

/// <summary>
/// Templates are found by name only, in the user's folder over the defaults; syntax and runtime errors name the
/// template file and line — also inside a partial; an app brings its own functions and adjusts the context.
/// </summary>
public sealed class TemplateLoaderTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    [Theory]
    [InlineData("../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/part")]
    [InlineData("..")]
    public void An_include_that_is_a_path_is_refused_at_its_line(string name)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_folder.Path)!, "secret.sbn"), "leaked");
        _folder.With("t", "first line", $"{{{{ include '{name}' }}}}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t"));

        Assert.Equal(("t.sbn", 2), (error.TemplateName, error.Line));
        Assert.Contains("folders and paths are not allowed", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_of_a_missing_template_names_the_including_line_and_the_missing_name()
    {
        _folder.With("t", "{{ include '_nothing' }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t"));

        Assert.Equal(("t.sbn", 1, 4), (error.TemplateName, error.Line, error.Column));
        Assert.Contains("'_nothing.sbn'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_the_sbn_extension_finds_the_same_template()
    {
        _folder.With("t", "{{ include '_part.sbn' }}").With("_part", "ok");

        Assert.Equal("ok", _folder.Markup("t"));
    }

    [Fact]
    public void A_default_partial_is_found_when_the_folder_does_not_override_it()
    {
        _folder.With("t", "{{ include '_letterhead' }}");

        Assert.Contains("<number>78/KH-UBND</number>", _folder.Markup("t"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_an_included_partial_names_the_partial_line_and_column()
    {
        _folder.With("t", "{{ include '_part' }}").With("_part", "ok", "{{ if }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t"));

        Assert.Equal(("_part.sbn", 2), (error.TemplateName, error.Line));
        Assert.StartsWith("_part.sbn(2,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runtime_error_names_the_template_line_and_column()
    {
        _folder.With("t", "line one", "  {{ plan.title.summary | math.divided_by 0 }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t"));

        Assert.Equal(("t.sbn", 2), (error.TemplateName, error.Line));
        Assert.Matches(@"^t\.sbn\(2,\d+\) : error : ", error.Message);
    }

    [Fact]
    public void An_app_function_is_used_by_an_overridden_partial_of_the_default_template()
    {
        var own = new ScriptObject();
        own.Import("office_code", (Func<string, string>)(issuer => issuer == "XÃ VĨNH PHONG" ? "VP-01" : "?"));
        _folder.With("_signature", "    <p>Mã đơn vị: {{ office_code plan.letterhead.issuer_lines[1] }}</p>");
        var options = PlanRendererOptions.Default with { Globals = own };

        var markup = PlanRenderer.FromTemplateFolder(_folder.Path, options).RenderMarkup(TemplateFolder.Plan());

        Assert.Contains("<p>Mã đơn vị: VP-01</p>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_cannot_replace_plan_or_vn()
    {
        _folder.With("t", "{{ plan = 1 }}");

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t"));

        Assert.Contains("plan", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_cannot_change_the_shared_vn_module()
    {
        _folder.With("t", "{{ vn.roman = 1 }}");

        Assert.Throws<TemplateException>(() => _folder.Markup("t"));
        Assert.Equal("IV", PlanRenderer.FromTemplateFolder(_folder.With("u", "{{ vn.roman 4 }}").Path).RenderMarkup(TemplateFolder.Plan(), "u"));
    }

    [Fact]
    public void ConfigureContext_adjusts_every_render_context()
    {
        _folder.With("t", "{{ no_such_variable }}");
        var strict = PlanRendererOptions.Default with { ConfigureContext = (TemplateContext c) => c.StrictVariables = true };

        Assert.Equal(string.Empty, _folder.Markup("t"));
        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", strict));
        Assert.Contains("no_such_variable", error.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
