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
            using var text = new StringReader(markup);
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new MarkupException(sourceName, ex.LineNumber, ex.LinePosition, null, Describe(ex));
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

        return "The markup is not well-formed XML: " + message
            + " Check that every element is closed and that text from the plan was escaped (& < >).";
    }
}
