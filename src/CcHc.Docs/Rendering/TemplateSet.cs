using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using CcHc.Docs.Templating;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Rendering;

/// <summary>
/// The templates a renderer uses: files of a user folder first, then the defaults embedded in this
/// assembly, looked up by name ("ke-hoach" → ke-hoach.sbn). Parsed templates are cached and shared.
/// </summary>
internal sealed partial class TemplateSet : ITemplateLoader
{
    public const string Extension = ".sbn";
    private const string ResourcePrefix = "CcHc.Docs.Templates.";
    private static readonly Assembly Resources = typeof(TemplateSet).Assembly;

    private readonly string? _folder;

    /// <summary>The user's template folder (full path), or null for the defaults only.</summary>
    public string? Folder => _folder;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateSet(string? folder)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Template folder '{folder}' does not exist.");
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

    /// <summary>The parsed template <paramref name="name"/>; syntax errors stay on the template.</summary>
    /// <exception cref="TemplateNotFoundException">No user file and no default of that name.</exception>
    public Template Get(string name) => _parsed.GetOrAdd(name, n =>
    {
        var text = Read(n) ?? throw new TemplateNotFoundException(n, _folder);
        return Template.Parse(text, n + Extension);
    });

    /// <inheritdoc/>
    public string? Load(TemplateContext context, SourceSpan callSite, string templateName) =>
        ValidName().IsMatch(templateName) ? Read(templateName) : null;

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
