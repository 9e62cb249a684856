using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CcHc.Docs.Docx;
using CcHc.Docs.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// A Word file with Scriban tags typed into it (<c>{{ plan.title.summary }}</c>, a paragraph <c>{{ for t in items }}</c>
/// … <c>{{ end }}</c>, a table row holding only <c>{{ for r in rows }}</c>): loaded and compiled once, rendered to a
/// new .docx with any model. The template file is never modified. Thread-safe: render many models at once.
/// See docs/word-templates.md.
/// </summary>
public sealed partial class DocxTemplate
{
    /// <summary>Loop iterations a render may run before it stops, so a runaway loop cannot hang the caller.</summary>
    public const int DefaultLoopLimit = 10_000_000;

    // Rendered parts are deflated at zlib level 1: a 10,000-row table compresses 5× faster than at level 6
    // for a file twice the size (about 400 KB instead of 190 KB).
    private const CompressionLevel RenderedPartCompression = CompressionLevel.Fastest;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly WordPackage _package;
    private readonly Dictionary<string, CompiledPart> _parts;
    private readonly Dictionary<string, WordTextEncoder> _encoders;

    private DocxTemplate(string name, WordPackage package, Dictionary<string, CompiledPart> parts, Dictionary<string, WordTextEncoder> encoders)
    {
        Name = name;
        _package = package;
        _parts = parts;
        _encoders = encoders;
    }

    /// <summary>The file name errors are reported with ("ke-hoach.docx").</summary>
    public string Name { get; }

    /// <summary>Loads and compiles the template at <paramref name="path"/>.</summary>
    /// <exception cref="DocxTemplateException">The file is not a Word file, or a tag or block is wrong (the message names the place).</exception>
    public static DocxTemplate Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    /// <summary>Loads and compiles a template from <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="DocxTemplateException">The stream is not a Word file, or a tag or block is wrong.</exception>
    public static DocxTemplate Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var package = WordPackage.Read(stream, name);
        var parts = new Dictionary<string, CompiledPart>(StringComparer.Ordinal);
        var encoders = new Dictionary<string, WordTextEncoder>(StringComparer.Ordinal);
        var data = package.Entries.ToDictionary(e => e.Name, e => e.Data, StringComparer.Ordinal);
        foreach (var (entry, display) in package.TextParts(name))
        {
            var xml = Utf8.GetString(data[entry]).TrimStart('\uFEFF');
            if (PartCompiler.Compile(name, entry, display, xml) is { } part)
            {
                parts.Add(entry, part);
                encoders.Add(entry, new WordTextEncoder(WordPrefix(xml)));
            }
        }
        return new DocxTemplate(name, package, parts, encoders);
    }

    /// <summary>
    /// Renders the template with <paramref name="model"/> to the bytes of a .docx. A <see cref="Plans.Plan"/> is
    /// seen as <c>plan</c> (the same model the .sbn templates see); a dictionary or <see cref="ScriptObject"/> by its
    /// keys (<see cref="TemplateData"/> reads YAML or JSON into one); any other object by its members in snake_case.
    /// <c>vn.*</c> is always there. Same template and model, same bytes.
    /// </summary>
    /// <exception cref="DocxTemplateException">A tag failed at render time (the message names the place).</exception>
    public byte[] Render(object? model, int loopLimit = DefaultLoopLimit, CancellationToken cancellationToken = default)
    {
        var globals = ModelGlobals.From(model);
        using var buffer = new MemoryStream();
        using (var package = new DeterministicPackage(buffer))
        {
            foreach (var (name, content) in _package.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_parts.TryGetValue(name, out var part))
                {
                    RenderPart(part, _encoders[name], globals, loopLimit, package, cancellationToken);
                }
                else
                {
                    package.WritePart(name, content);
                }
            }
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Renders to the file <paramref name="path"/>, written beside it first and moved into place, so a failed
    /// render never leaves a half-written file.
    /// </summary>
    public void RenderToFile(object? model, string path, int loopLimit = DefaultLoopLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, Render(model, loopLimit, cancellationToken));
    }

    private const int StringLimit = 1024 * 1024;

    private void RenderPart(CompiledPart part, WordTextEncoder encoder, ScriptObject globals, int loopLimit, DeterministicPackage package, CancellationToken cancellationToken)
    {
        var context = new WordOutputContext(encoder)
        {
            LoopLimit = loopLimit,

            // Scriban truncates output past a million characters by default: that would cut a large table in
            // the middle of its XML, so output is unbounded and the loop limit bounds the work. A single value
            // or built string keeps Scriban's 1 Mi-character limit, as an error rather than a silent cut
            // (`'' | string.pad_left 100000000` must not build 100 million characters).
            OutputLimit = 0,
            LimitToString = StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            CancellationToken = cancellationToken,
        };
        context.PushCulture(Vietnamese);
        context.PushGlobal(globals);
        try
        {
            if (part.NeedsRepair || part.NeedsRenumbering)
            {
                var xml = part.Template.Render(context);
                if (part.NeedsRepair)
                {
                    xml = OutputRepair.Apply(xml);
                }
                if (part.NeedsRenumbering)
                {
                    xml = RepeatedIds.Apply(xml);
                }
                using var stream = package.OpenPart(part.EntryName, RenderedPartCompression);
                stream.Write(Utf8.GetBytes(xml));
            }
            else
            {
                using var stream = package.OpenPart(part.EntryName, RenderedPartCompression);
                using var writer = new StreamWriter(stream, Utf8, 64 * 1024);
                context.PushOutput(new TextWriterOutput(writer));
                part.Template.Render(context);
            }
        }
        catch (ScriptRuntimeException e)
        {
            throw PartCompiler.Locate(Name, part.DisplayName, part, e.Span, e.OriginalMessage, e);
        }
    }

    private static string WordPrefix(string xml)
    {
        var match = WordNamespace().Match(xml);
        return match.Success ? match.Groups[1].Value : "w";
    }

    [GeneratedRegex("xmlns:(\\w+)=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"")]
    private static partial Regex WordNamespace();
}
