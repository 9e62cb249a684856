using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CcHc.Docs.Docx;

/// <summary>
/// The zip container of a .docx, written in one pass: each part is serialised straight into its
/// deflated entry, so nothing is compressed twice and no copy of the package is made. The same parts
/// always give the same bytes: entries come in the order they are written and every entry carries
/// the same timestamp (1980-01-01, the zip epoch) where System.IO.Packaging would stamp the clock.
/// </summary>
internal sealed class DeterministicPackage : IDisposable
{
    /// <summary>
    /// Deflate level of every entry. Optimal (zlib 6) against Fastest (zlib 1), measured on the 10k-row
    /// appendix (14 MB of document.xml): see docs/performance.md, "Rendering".
    /// </summary>
    public const CompressionLevel Compression = CompressionLevel.Optimal;

    private const int DeflateChunk = 64 * 1024;

    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    private readonly ZipArchive _zip;

    /// <summary>Starts a package on <paramref name="output"/>, which is left open.</summary>
    public DeterministicPackage(Stream output) =>
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>Adds the part <paramref name="name"/>, an XML document whose root <paramref name="write"/> writes.</summary>
    public void WriteXmlPart(string name, Action<XmlWriter> write)
    {
        using var entry = OpenEntry(name);

        // XmlWriter hands over a few kilobytes at a time; deflate (zlib-ng, level 6) finds fewer matches
        // in pieces that small: 181 KB instead of 162 KB for the 10k-row appendix.
        using var stream = new BufferedStream(entry, DeflateChunk);
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument();
        write(xml);
        xml.WriteEndDocument();
    }

    /// <summary>Adds the part <paramref name="name"/> with bytes serialised earlier by <see cref="Serialize"/>.</summary>
    public void WritePart(string name, byte[] content)
    {
        using var stream = OpenEntry(name);
        stream.Write(content);
    }

    /// <summary>Opens the part <paramref name="name"/> for writing; dispose the stream before adding the next part.</summary>
    public Stream OpenPart(string name, CompressionLevel level = Compression) => OpenEntry(name, level);

    /// <summary>An XML part as the bytes <see cref="WriteXmlPart"/> would write, for parts that do not change between documents.</summary>
    public static byte[] Serialize(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlSettings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the zip's central directory.</summary>
    public void Dispose() => _zip.Dispose();

    private Stream OpenEntry(string name, CompressionLevel level = Compression)
    {
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = FixedTime;
        return entry.Open();
    }
}
