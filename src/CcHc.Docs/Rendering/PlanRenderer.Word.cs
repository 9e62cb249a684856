using System.Collections.Concurrent;
using CcHc.Docs.Plans;
using CcHc.Docs.WordTemplates;

namespace CcHc.Docs.Rendering;

/// <summary>Word templates (.docx with Scriban tags, docs/word-templates.md) as an alternative to the .sbn templates.</summary>
public sealed partial class PlanRenderer
{
    private static readonly ConcurrentDictionary<(string Path, DateTime Written), DocxTemplate> WordTemplates = new();

    // Set by FromWordTemplate: the .docx every render uses unless another template is named.
    private string? _wordTemplate;

    /// <summary>A renderer that renders plans with the Word template at <paramref name="path"/> (see docs/word-templates.md).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static PlanRenderer FromWordTemplate(string path, PlanRendererOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Word template '{path}' does not exist.", path);
        }
        return new(new TemplateSet(null), options ?? PlanRendererOptions.Default) { _wordTemplate = Path.GetFullPath(path) };
    }

    /// <summary>Writes <c>ke-hoach.docx</c>, the NĐ30 Word template, into <paramref name="folder"/> (created if needed).</summary>
    /// <returns>The path written.</returns>
    public static string ExportWordTemplate(string folder, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Nd30WordTemplate.FileName);
        if (!overwrite && File.Exists(path))
        {
            throw new IOException($"'{path}' already exists; pass overwrite to replace it.");
        }
        AtomicFile.Write(path, Nd30WordTemplate.Create());
        return path;
    }

    /// <summary>
    /// True when <paramref name="template"/> renders through a Word template (.docx), which fills the Word file
    /// directly and so has no markup for <see cref="RenderMarkup(Plan, string, CancellationToken)"/> to show.
    /// </summary>
    public bool UsesWordTemplate(string template = DefaultTemplate)
    {
        ArgumentNullException.ThrowIfNull(template);
        return WordTemplatePath(template) is not null;
    }

    // What RenderMarkup says when asked for the markup of a Word template.
    internal static string WordTemplateHasNoMarkup(string template) =>
        $"'{template}' is a Word template (.docx): its tags fill the Word file directly, so there is no markup to show. " +
        "Render it (cchc render plan.yaml -t template.docx -o out.docx) and open the result, or ask for the markup of a .sbn template.";

    // The Word template a render with this template name uses: the renderer's own .docx for the default name,
    // a named .docx file, or "<name>.docx" in the template folder (which wins over "<name>.sbn"); else null.
    private DocxTemplate? FindWordTemplate(string template)
    {
        var path = WordTemplatePath(template);
        if (path is null)
        {
            return null;
        }
        if (!File.Exists(path))
        {
            throw new TemplateNotFoundException(Path.GetFileName(path), Path.GetDirectoryName(path));
        }
        return WordTemplates.GetOrAdd((path, File.GetLastWriteTimeUtc(path)), key => DocxTemplate.Load(key.Path));
    }

    private string? WordTemplatePath(string template)
    {
        string? path = null;
        if (_wordTemplate is not null && template == DefaultTemplate)
        {
            path = _wordTemplate;
        }
        else if (template.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            path = _templates.Folder is { } folder && !Path.IsPathRooted(template) ? Path.Combine(folder, template) : Path.GetFullPath(template);
        }
        else if (_templates.Folder is { } folder && File.Exists(Path.Combine(folder, template + ".docx")))
        {
            path = Path.Combine(folder, template + ".docx");
        }
        return path;
    }

    private byte[] RenderWordTemplate(DocxTemplate template, Plan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        RefuseInvalidPlanIfAsked(plan);
        using var budget = new RenderBudget(Options.Timeout, cancellationToken);
        try
        {
            return template.Render(plan, Options.LoopLimit, budget.Token);
        }
        catch (Exception error) when (budget.Expired && error is DocxTemplateException or OperationCanceledException)
        {
            // The same time budget as a markup render; the Word template's own message names the part and paragraph.
            throw new TemplateException(template.Name, 0, 0, $"{budget.OutOfTime} ({error.Message})", error);
        }
    }
}
