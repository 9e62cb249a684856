using System.CommandLine;
using CcHc.Docs.Docx;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Cli.Commands;

/// <summary>The options shared by the commands that render: a template folder, the render time budget and the font-size profile.</summary>
internal sealed class RenderSettings
{
    public Option<string?> Templates { get; } = new("--templates", "-t")
    {
        Description = "Thư mục mẫu (.sbn, .docx) thay cho mẫu mặc định, hoặc một mẫu Word .docx / a folder of templates overriding the defaults by name, or one Word template (.docx)",
        HelpName = "folder|file.docx",
    };

    public Option<string> Profile { get; } = CreateProfile();

    public Option<double> Timeout { get; } = CreateTimeout();

    private bool _timeoutAdded;

    /// <summary>
    /// Adds the options to <paramref name="command"/>; <paramref name="withProfile"/> false for markup only,
    /// <paramref name="withTimeout"/> false where the command has a --timeout of its own (preview).
    /// </summary>
    public void AddTo(Command command, bool withProfile = true, bool withTimeout = true)
    {
        command.Add(Templates);
        if (withTimeout)
        {
            _timeoutAdded = true;
            command.Add(Timeout);
        }
        if (withProfile)
        {
            command.Add(Profile);
        }
    }

    /// <summary>The renderer the options ask for.</summary>
    /// <exception cref="DirectoryNotFoundException">The template folder does not exist.</exception>
    /// <exception cref="IOException">-t names a file, not a folder.</exception>
    public PlanRenderer CreateRenderer(ParseResult parse)
    {
        var profile = parse.GetValue(Profile) == "13" ? FormattingProfile.Body13 : FormattingProfile.Body14;
        var options = PlanRendererOptions.Default with
        {
            Docx = new DocxWriterOptions { Profile = profile },
            Timeout = _timeoutAdded ? TimeSpan.FromSeconds(parse.GetValue(Timeout)) : PlanRendererOptions.Default.Timeout,
        };
        var folder = parse.GetValue(Templates);
        if (folder is not null && folder.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return PlanRenderer.FromWordTemplate(folder, options);
        }
        if (folder is not null && File.Exists(folder))
        {
            throw new IOException($"-t '{folder}' is a file; give the folder that holds your .sbn templates (cchc templates export <folder> creates one), or a Word template ending in .docx.");
        }
        return folder is null ? PlanRenderer.WithOptions(options) : PlanRenderer.FromTemplateFolder(folder, options);
    }

    private static Option<double> CreateTimeout()
    {
        var option = new Option<double>("--timeout")
        {
            Description = "Thời gian tối đa cho mỗi kế hoạch, giây / time budget of one render in seconds (stops runaway templates)",
            HelpName = "seconds",
            DefaultValueFactory = _ => PlanRendererOptions.Default.Timeout.TotalSeconds,
        };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && seconds > 0 && seconds <= 3600)
            {
                return seconds;
            }
            result.AddError($"--timeout takes a number of seconds greater than 0 and at most 3600, e.g. --timeout 30 (got '{text}').");
            return 0;
        };
        return option;
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
