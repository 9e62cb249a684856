using System.Xml;

namespace CcHc.Docs.Markup;

/// <summary>Turns the XML reader's errors into <see cref="MarkupException"/>s that say where and what to fix.</summary>
internal static class XmlErrors
{
    public static MarkupException ToMarkupException(XmlException ex, string markup, string sourceName)
    {
        var (line, column) = (ex.LineNumber, ex.LinePosition);
        if (line == 0 && markup.IndexOf("<!DOCTYPE", StringComparison.Ordinal) is var doctype and >= 0)
        {
            // The reader reports no position when it refuses a DTD; point at the declaration.
            line = 1 + markup.AsSpan(0, doctype).Count('\n');
            column = doctype - (markup.LastIndexOf('\n', Math.Max(0, doctype - 1)) + 1) + 1;
        }

        return new MarkupException(sourceName, line, column, null, Describe(ex));
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
