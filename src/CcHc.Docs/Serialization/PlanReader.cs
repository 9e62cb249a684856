using System.Globalization;
using System.Text;
using CcHc.Docs.IO;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Reads a <see cref="Plan"/> from the YAML or JSON file format (docs/model.md, schemas/plan.schema.json).
/// Every error a file can contain is reported at once in a <see cref="PlanReadException"/>, each with
/// file, line, column and plan path. Text is normalised to Unicode NFC.
/// </summary>
/// <remarks>
/// YAML is read with YamlDotNet's event parser (no reflection); anchors and aliases are allowed, each alias
/// counting as a full copy against <see cref="PlanReaderOptions.MaxNodes"/>. JSON is read strictly
/// (no comments, no trailing commas) with System.Text.Json; a top-level <c>$schema</c> key is ignored.
/// </remarks>
public static class PlanReader
{
    /// <summary>Reads a plan from YAML text.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="fileName">The name shown in error messages.</param>
    /// <param name="options">Safety limits; <see cref="PlanReaderOptions.Default"/> when null.</param>
    /// <exception cref="PlanReadException">The text is not a valid plan.</exception>
    public static Plan ReadYaml(string text, string? fileName = null, PlanReaderOptions? options = null) =>
        ReadYamlDocument(text, fileName, options).Plan;

    /// <summary>Reads a plan from JSON text.</summary>
    /// <inheritdoc cref="ReadYaml" path="/param"/>
    /// <exception cref="PlanReadException">The text is not a valid plan.</exception>
    public static Plan ReadJson(string text, string? fileName = null, PlanReaderOptions? options = null) =>
        ReadJsonDocument(text, fileName, options).Plan;

    /// <summary>Reads a plan from a .yaml, .yml or .json file (UTF-8), chosen by extension.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Safety limits; <see cref="PlanReaderOptions.Default"/> when null.</param>
    /// <exception cref="PlanReadException">The file is not a valid plan, is too large, or is not UTF-8.</exception>
    public static Plan ReadFile(string path, PlanReaderOptions? options = null) =>
        ReadFileDocument(path, options).Plan;

    /// <summary>Reads a plan from YAML text, with the location of every value.</summary>
    /// <inheritdoc cref="ReadYaml" path="/param"/>
    /// <exception cref="PlanReadException">The text is not a valid plan.</exception>
    public static PlanDocument ReadYamlDocument(string text, string? fileName = null, PlanReaderOptions? options = null) =>
        Read(text, fileName, options ?? PlanReaderOptions.Default, YamlTreeBuilder.Build);

    /// <summary>Reads a plan from JSON text, with the location of every value.</summary>
    /// <inheritdoc cref="ReadYaml" path="/param"/>
    /// <exception cref="PlanReadException">The text is not a valid plan.</exception>
    public static PlanDocument ReadJsonDocument(string text, string? fileName = null, PlanReaderOptions? options = null) =>
        Read(text, fileName, options ?? PlanReaderOptions.Default, JsonTreeBuilder.Build);

    /// <summary>Reads a plan from a .yaml, .yml or .json file, with the location of every value.</summary>
    /// <inheritdoc cref="ReadFile" path="/param"/>
    /// <exception cref="PlanReadException">The file is not a valid plan, is too large, or is not UTF-8.</exception>
    public static PlanDocument ReadFileDocument(string path, PlanReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= PlanReaderOptions.Default;
        var context = new ReadContext(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".yaml" or ".yml" or ".json"))
        {
            context.Error(new SourcePosition(1, 1), PlanPath.Root,
                $"cannot tell the format from the extension \"{extension}\"; name the file .yaml, .yml or .json");
            context.ThrowIfErrors();
        }
        var kind = FileKinds.Of(path);
        if (kind is not (FileKind.Regular or FileKind.Missing))
        {
            // Opening a FIFO waits for a writer and a device such as /dev/zero never ends: refuse before opening.
            context.Error(new SourcePosition(1, 1), PlanPath.Root,
                $"is {FileKinds.Describe(kind)}, not a regular file; give the path of a plan file");
            context.ThrowIfErrors();
        }
        try
        {
            // A regular file tells its size: refuse a large one before reading it. ReadAtMost still counts what it reads.
            TreeLimits.CheckSize(kind == FileKind.Regular ? new FileInfo(path).Length : 0, options);
        }
        catch (TreeBuildException e)
        {
            context.Error(e.Position, PlanPath.Root, e.Message);
            context.ThrowIfErrors();
        }
        var text = DecodeUtf8(ReadAtMost(path, options.MaxBytes, context), context);
        return extension == ".json"
            ? ReadJsonDocument(text, path, options)
            : ReadYamlDocument(text, path, options);
    }

    private static PlanDocument Read(string text, string? fileName, PlanReaderOptions options,
        Func<string, PlanReaderOptions, ReadContext, DataNode?> build)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new ReadContext(fileName);
        try
        {
            // Characters never take fewer bytes than UTF-16 code units, so only count bytes when it could matter.
            TreeLimits.CheckSize(text.Length > options.MaxBytes ? text.Length : Encoding.UTF8.GetByteCount(text), options);
        }
        catch (TreeBuildException e)
        {
            context.Error(e.Position, PlanPath.Root, e.Message);
            context.ThrowIfErrors();
        }
        var root = build(text, options, context);
        context.ThrowIfErrors();
        var plan = new PlanMapper(context).Map(root);
        context.ThrowIfErrors();
        return new PlanDocument(plan!, context.SourceMap());
    }

    /// <summary>
    /// The bytes of the file, counting what is actually read rather than the length the file claims (0 for a
    /// device or a file in /proc), so no file can make the reader take more than the limit.
    /// </summary>
    private static byte[] ReadAtMost(string path, long maxBytes, ReadContext context)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                context.Error(new SourcePosition(1, 1), PlanPath.Root, string.Format(CultureInfo.InvariantCulture,
                    "the file is larger than the limit of {0:N0} bytes; a plan is far smaller, so check that this is the right file, " +
                    "or raise PlanReaderOptions.MaxBytes", maxBytes));
                context.ThrowIfErrors();
            }
        }
        return buffer.ToArray();
    }

    private static string DecodeUtf8(byte[] bytes, ReadContext context)
    {
        if (LooksLikeUtf16(bytes))
        {
            context.Error(new SourcePosition(1, 1), PlanPath.Root,
                "the file is UTF-16; UTF-16 is not supported, save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)");
            context.ThrowIfErrors();
        }
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            context.Error(new SourcePosition(line, 1), PlanPath.Root, string.Format(CultureInfo.InvariantCulture,
                "the file is not valid UTF-8 (bad byte at offset {0}); save it as UTF-8", offset));
            context.ThrowIfErrors();
            throw;
        }
    }

    /// <summary>A UTF-16 byte order mark, or a zero byte beside every ASCII character at the start (UTF-16 without one).</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }
        var sample = bytes[..(Math.Min(bytes.Length, 64) & ~1)];
        if (sample.Length < 4)
        {
            return false;
        }
        var evenZeros = 0;
        var oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        return evenZeros * 4 >= pairs * 3 || oddZeros * 4 >= pairs * 3;
    }
}
