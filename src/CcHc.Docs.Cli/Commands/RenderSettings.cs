using System.CommandLine;
using CcHc.Docs.Docx;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Cli.Commands;

/// <summary>The options shared by the commands that render: a template folder and the font-size profile.</summary>
internal sealed class RenderSettings
{
    public Option<string?> Templates { get; } = new("--templates", "-t")
    {
        Description = "Thư mục mẫu (.sbn, .docx) thay cho mẫu mặc định, hoặc một mẫu Word .docx / a folder of templates overriding the defaults by name, or one Word template (.docx)",
        HelpName = "folder|file.docx",
    };

    public Option<string> Profile { get; } = CreateProfile();

    /// <summary>Adds the options to <paramref name="command"/>; <paramref name="withProfile"/> false for markup only.</summary>
    public void AddTo(Command command, bool withProfile = true)
    {
        command.Add(Templates);
        if (withProfile)
        {
            command.Add(Profile);
        }
    }

    /// <summary>The renderer the options ask for.</summary>
    /// <exception cref="DirectoryNotFoundException">The template folder does not exist.</exception>
    public PlanRenderer CreateRenderer(ParseResult parse)
    {
        var profile = parse.GetValue(Profile) == "13" ? FormattingProfile.Body13 : FormattingProfile.Body14;
        var options = PlanRendererOptions.Default with { Docx = new DocxWriterOptions { Profile = profile } };
        var folder = parse.GetValue(Templates);
        if (folder is not null && folder.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return PlanRenderer.FromWordTemplate(folder, options);
        }
        return folder is null ? PlanRenderer.WithOptions(options) : PlanRenderer.FromTemplateFolder(folder, options);
    }

    private static Option<string> CreateProfile()
    {
        var option = new Option<string>("--profile")
        {
            Description = "Cỡ chữ nội dung 13 hoặc 14 pt (NĐ30) / body font size profile",
            HelpName = "13|14",
            DefaultValueFactory = _ => "14",
        };
        option.AcceptOnlyFromAmong("13", "14");
        return option;
    }
}
