using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CcHc.Docs.Rendering;

/// <summary>
/// The templates a renderer uses, and Scriban's template loader for <c>include</c>: files of a user folder first,
/// then the defaults embedded in this assembly, looked up by name only ("_section" → _section.sbn) — a name
/// cannot reach outside the folder. Parsed templates are cached and shared by every render, on every thread.
/// </summary>
internal sealed partial class TemplateSet : ITemplateLoader
{
    public const string Extension = ".sbn";
    private const string ResourcePrefix = "CcHc.Docs.Templates.";
    private static readonly Assembly Resources = typeof(TemplateSet).Assembly;

    private readonly string? _folder;
    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new(StringComparer.Ordinal);

    /// <summary>The user's template folder (full path), or null for the defaults only.</summary>
    public string? Folder => _folder;

    public TemplateSet(string? folder)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(File.Exists(folder)
                ? $"'{folder}' is a file; a template folder is a folder of .sbn files (export the defaults with `cchc templates export`)."
                : $"Template folder '{folder}' does not exist.");
        }
        _folder = folder is null ? null : Path.GetFullPath(folder);
    }

    /// <summary>The names of the embedded default templates, e.g. "ke-hoach", "_letterhead".</summary>
    public static IEnumerable<string> DefaultNames =>
        Resources.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal);

    /// <summary>The text of an embedded default template, or null.</summary>
    public static string? ReadDefault(string name)
    {
        using var stream = Resources.GetManifestResourceStream(ResourcePrefix + name + Extension);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The parsed template <paramref name="name"/>, parsed once and shared.</summary>
    /// <exception cref="TemplateNotFoundException">No user file and no default of that name.</exception>
    /// <exception cref="TemplateException">The template has syntax errors (the first one is located, the count given).</exception>
    public Template Get(string name)
    {
        if (!_parsed.TryGetValue(name, out var entry))
        {
            // Read first, so a missing template is not remembered; Lazy parses once when threads race.
            var text = Read(name) ?? throw new TemplateNotFoundException(name, _folder);
            entry = _parsed.GetOrAdd(name, new Lazy<Template>(() => Template.Parse(text, name + Extension)));
        }
        var template = entry.Value;
        if (template.HasErrors)
        {
            var errors = template.Messages.Where(m => m.Type == ParserMessageType.Error).ToList();
            throw TemplateException.FromParse(errors[0], errors.Count, name + Extension);
        }
        return template;
    }

    /// <summary>
    /// Scriban asks for the path of an <c>include</c>d template: the name itself, once checked. The template is then
    /// taken from this set's cache (<see cref="MarkupTemplateContext"/> overrides Scriban's CreateTemplate).
    /// </summary>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(Extension, StringComparison.Ordinal) ? templateName[..^Extension.Length] : templateName;
        if (!ValidName().IsMatch(name))
        {
            throw new ScriptRuntimeException(callerSpan,
                $"include \"{templateName}\": a template is named by its file name alone (letters, digits, '-' and '_', e.g. \"_section\"); folders and paths are not allowed, so a template cannot read files outside its folder.");
        }
        return name;
    }

    /// <inheritdoc/>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Read(templatePath) ?? throw new ScriptRuntimeException(callerSpan, new TemplateNotFoundException(templatePath, _folder).Message);

    /// <inheritdoc/>
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    private string? Read(string name)
    {
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a template name: use letters, digits, '-' and '_' only.", nameof(name));
        }
        if (_folder is not null)
        {
            var path = Path.Combine(_folder, name + Extension);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }
        return ReadDefault(name);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ValidName();
}
