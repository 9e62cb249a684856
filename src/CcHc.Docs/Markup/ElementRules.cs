using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CcHc.Docs.Markup;

/// <summary>
/// The checks every element reader shares: allowed attributes, required values, enumerations,
/// numbers, children without stray text, and the error that points at the offending node.
/// </summary>
internal sealed class ElementRules(string sourceName)
{
    public string SourceName { get; } = sourceName;

    [DoesNotReturn]
    public void Fail(XObject node, string problem)
    {
        var element = node switch
        {
            XElement e => e.Name.LocalName,
            XAttribute a => a.Parent?.Name.LocalName,
            _ => node.Parent?.Name.LocalName,
        };
        var info = (IXmlLineInfo)node;
        var (line, column) = (info.LineNumber, info.LinePosition);
        if (node is XText text)
        {
            (line, column) = FirstVisibleCharacter(text.Value, line, column);
        }

        throw new MarkupException(SourceName, line, column, element, problem);
    }

    /// <summary>A text node's position is where its leading whitespace starts; point at the text itself.</summary>
    private static (int Line, int Column) FirstVisibleCharacter(string text, int line, int column)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                break;
            }

            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>Rejects attributes that the element does not know and namespaced names.</summary>
    public void AllowAttributes(XElement element, params string[] allowed)
    {
        if (element.Name.Namespace != XNamespace.None)
        {
            Fail(element, $"Namespaced elements are not part of the markup; write <{element.Name.LocalName}> without a namespace.");
        }

        foreach (var attribute in element.Attributes())
        {
            if (attribute.Name.Namespace != XNamespace.None || !allowed.Contains(attribute.Name.LocalName))
            {
                var list = allowed.Length == 0 ? "it takes no attributes" : "allowed: " + string.Join(", ", allowed);
                Fail(attribute, $"Unknown attribute '{attribute.Name}' on <{element.Name.LocalName}> ({list}).");
            }
        }
    }

    public string Required(XElement element, string name)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            Fail(element, $"<{element.Name.LocalName}> needs the attribute {name}=\"…\".");
        }

        return attribute.Value;
    }

    public T Enum<T>(XElement element, string name, T fallback, params (string Text, T Value)[] values)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return fallback;
        }

        foreach (var (text, value) in values)
        {
            if (attribute.Value == text)
            {
                return value;
            }
        }

        var expected = string.Join(", ", values.Select(v => $"\"{v.Text}\""));
        Fail(attribute, $"{name}=\"{attribute.Value}\" is not valid; use one of {expected}.");
        return fallback;
    }

    public bool Boolean(XElement element, string name, bool fallback) =>
        Enum(element, name, fallback, ("true", true), ("false", false));

    public int Integer(XElement element, string name, int fallback, int min, int max)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return fallback;
        }

        if (!int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            Fail(attribute, $"{name}=\"{attribute.Value}\" must be a whole number from {min} to {max}.");
        }

        return value;
    }

    public double? Decimal(XElement element, string name, double min, double max)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        if (!TryParseDecimal(attribute.Value, out var value) || value < min || value > max)
        {
            Fail(attribute, $"{name}=\"{attribute.Value}\" must be a number from {min} to {max} (use a dot for decimals).");
        }

        return value;
    }

    public static bool TryParseDecimal(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && !double.IsNaN(value) && !double.IsInfinity(value);

    /// <summary>The element's child elements; any non-blank text between them is an error.</summary>
    public IEnumerable<XElement> ChildElements(XElement parent)
    {
        foreach (var node in parent.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    yield return child;
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    Fail(text, $"Text is not allowed directly inside <{parent.Name.LocalName}>; put it in one of its child elements.");
                    break;
            }
        }
    }

    [DoesNotReturn]
    public void Unexpected(XElement child, XElement parent, string allowed) =>
        Fail(child, $"<{child.Name.LocalName}> is not allowed inside <{parent.Name.LocalName}>; allowed here: {allowed}.");

    /// <summary>Fails when <paramref name="child"/> repeats an element that may appear once.</summary>
    public void Once(XElement child, object? existing)
    {
        if (existing is not null)
        {
            Fail(child, $"<{child.Name.LocalName}> may appear only once here.");
        }
    }
}
