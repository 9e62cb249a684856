using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace CcHc.Docs.Markup;

/// <summary>
/// The checks every element reader shares: allowed attributes, required values, enumerations,
/// numbers, stray text, and the error that points at the offending element, attribute or text.
/// Attributes are read from the element the reader is on.
/// </summary>
internal sealed class ElementRules(MarkupReader reader)
{
    [DoesNotReturn]
    public void Fail(in ElementStart element, string problem) =>
        throw new MarkupException(reader.SourceName, element.Line, element.Column, element.Name, problem);

    [DoesNotReturn]
    public void Fail(in ElementStart element, AttributeValue attribute, string problem) =>
        throw new MarkupException(reader.SourceName, attribute.Line, attribute.Column, element.Name, problem);

    /// <summary>Fails on the text the reader is on, which <paramref name="parent"/> does not allow.</summary>
    [DoesNotReturn]
    public void FailStrayText(in ElementStart parent) => FailStrayText(parent, reader.Value, reader.Line, reader.Column);

    /// <summary>Fails on text found earlier at <paramref name="line"/>, <paramref name="column"/>.</summary>
    [DoesNotReturn]
    public void FailStrayText(in ElementStart parent, string text, int line, int column)
    {
        (line, column) = FirstVisibleCharacter(text, line, column);
        throw new MarkupException(
            reader.SourceName, line, column, parent.Name,
            $"Text is not allowed directly inside <{parent.Name}>; put it in one of its child elements.");
    }

    /// <summary>Fails when the reader is on text that is not whitespace; call it for every non-element child.</summary>
    public void RejectText(in ElementStart parent)
    {
        if (reader.IsStrayText)
        {
            FailStrayText(parent);
        }
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
    public void AllowAttributes(in ElementStart element, params ReadOnlySpan<string> allowed)
    {
        if (element.Namespace.Length != 0)
        {
            Fail(element, $"Namespaced elements are not part of the markup; write <{element.Name}> without a namespace.");
        }

        if (!reader.HasAttributes || !reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var ns = reader.NamespaceUri;
            var name = reader.LocalName;
            if (ns.Length != 0 || !allowed.Contains(name))
            {
                var list = allowed.Length == 0 ? "it takes no attributes" : "allowed: " + string.Join(", ", allowed);
                var qualified = ns.Length == 0 ? name : "{" + ns + "}" + name;
                throw new MarkupException(
                    reader.SourceName, reader.Line, reader.Column, element.Name,
                    $"Unknown attribute '{qualified}' on <{element.Name}> ({list}).");
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    public string Required(in ElementStart element, string name)
    {
        if (reader.Attribute(name) is { } attribute)
        {
            return attribute.Value;
        }

        Fail(element, $"<{element.Name}> needs the attribute {name}=\"…\".");
        return string.Empty;
    }

    public T Enum<T>(in ElementStart element, string name, T fallback, params ReadOnlySpan<(string Text, T Value)> values) =>
        Enum(element, name, reader.Attribute(name), fallback, values);

    /// <summary>Checks an attribute captured earlier against its allowed values.</summary>
    public T Enum<T>(in ElementStart element, string name, AttributeValue? attribute, T fallback, params ReadOnlySpan<(string Text, T Value)> values)
    {
        if (attribute is not { } found)
        {
            return fallback;
        }

        foreach (var (text, value) in values)
        {
            if (found.Value == text)
            {
                return value;
            }
        }

        var expected = new StringBuilder();
        foreach (var (text, _) in values)
        {
            expected.Append(expected.Length == 0 ? "\"" : ", \"").Append(text).Append('"');
        }

        Fail(element, found, $"{name}=\"{found.Value}\" is not valid; use one of {expected}.");
        return fallback;
    }

    public bool Boolean(in ElementStart element, string name, bool fallback) =>
        Enum(element, name, fallback, ("true", true), ("false", false));

    public int Integer(in ElementStart element, string name, int fallback, int min, int max)
    {
        if (reader.Attribute(name) is not { } attribute)
        {
            return fallback;
        }

        if (!int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            Fail(element, attribute, $"{name}=\"{attribute.Value}\" must be a whole number from {min} to {max}.");
        }

        return value;
    }

    public double? Decimal(in ElementStart element, string name, double min, double max)
    {
        if (reader.Attribute(name) is not { } attribute)
        {
            return null;
        }

        if (!TryParseDecimal(attribute.Value, out var value) || value < min || value > max)
        {
            Fail(element, attribute, $"{name}=\"{attribute.Value}\" must be a number from {min} to {max} (use a dot for decimals).");
        }

        return value;
    }

    public static bool TryParseDecimal(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && !double.IsNaN(value) && !double.IsInfinity(value);

    [DoesNotReturn]
    public void Unexpected(in ElementStart child, in ElementStart parent, string allowed) =>
        Fail(child, $"<{child.Name}> is not allowed inside <{parent.Name}>; allowed here: {allowed}.");

    /// <summary>Fails when <paramref name="child"/> repeats an element that may appear once.</summary>
    public void Once(in ElementStart child, bool seen)
    {
        if (seen)
        {
            Fail(child, $"<{child.Name}> may appear only once here.");
        }
    }
}
