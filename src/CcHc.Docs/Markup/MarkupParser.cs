using System.Xml;
using System.Xml.Linq;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>
/// Parses document markup (the XML vocabulary described in docs/markup.md) into a
/// <see cref="MarkupDocument"/>. The XML is read with DTDs prohibited and no external resolution;
/// any problem becomes a <see cref="MarkupException"/> with line and column.
/// </summary>
public static class MarkupParser
{
    /// <summary>The deepest element nesting accepted; real markup stays well below 30.</summary>
    public const int MaxDepth = 48;

    /// <summary>Parses markup into a document tree.</summary>
    /// <param name="markup">The markup text, normally the output of a template.</param>
    /// <param name="sourceName">A name for error messages, e.g. "ke-hoach.sbn (markup)".</param>
    /// <exception cref="MarkupException">The markup is malformed; the message says where and what to fix.</exception>
    public static MarkupDocument Parse(string markup, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(sourceName);
        XmlCharacters.EnsureAllowed(markup, sourceName);
        var xml = Load(markup, sourceName);
        return new DocumentReader(new ElementRules(sourceName)).Read(xml);
    }

    private static XDocument Load(string markup, string sourceName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = 64L * 1024 * 1024,
        };
        try
        {
            // First a streaming pass that checks well-formedness and nesting depth: building an
            // XDocument from absurdly deep input is slow (seconds at 100,000 levels), the reader is not.
            using (var reader = XmlReader.Create(new StringReader(markup), settings))
            {
                while (reader.Read())
                {
                    if (reader.Depth > MaxDepth)
                    {
                        var info = (IXmlLineInfo)reader;
                        throw new MarkupException(
                            sourceName, info.LineNumber, info.LinePosition, reader.LocalName,
                            $"Elements are nested more than {MaxDepth} levels deep; the markup never needs that many. Close the open elements.");
                    }
                }
            }

            using var text = new StringReader(markup);
            using var treeReader = XmlReader.Create(text, settings);
            return XDocument.Load(treeReader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            var (line, column) = (ex.LineNumber, ex.LinePosition);
            if (line == 0 && markup.IndexOf("<!DOCTYPE", StringComparison.Ordinal) is var doctype and >= 0)
            {
                // The reader reports no position when it refuses a DTD; point at the declaration.
                line = 1 + markup.AsSpan(0, doctype).Count('\n');
                column = doctype - (markup.LastIndexOf('\n', Math.Max(0, doctype - 1)) + 1) + 1;
            }

            throw new MarkupException(sourceName, line, column, null, Describe(ex));
        }
    }

    private static string Describe(XmlException ex)
    {
        // XmlException messages end with " Line n, position m."; the location is reported separately.
        var message = ex.Message;
        var cut = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        var hint = message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase)
            ? " Only &lt; &gt; &amp; &quot; &apos; and numeric references are defined; write &#160; for a no-break space."
            : " Check that every element is closed and that text from the plan was escaped (& < >).";
        return "The markup is not well-formed XML: " + message + hint;
    }
}
