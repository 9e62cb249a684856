using System.Globalization;
using Scriban.Runtime;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// YAML or JSON data (JSON is read as YAML) as the model of a Word template: mappings become objects, sequences
/// arrays; plain scalars that read as numbers, booleans or null become those, everything quoted stays text.
/// </summary>
public static class TemplateData
{
    // A bound on nodes converted, so aliases cannot multiply a small file into a huge model.
    private const int MaxNodes = 5_000_000;

    /// <summary>Reads <paramref name="text"/>; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The text is not YAML/JSON, or its top level is not a mapping (file, line and column in the message).</exception>
    public static ScriptObject Parse(string text, string sourceName = "data")
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{sourceName}({e.Start.Line},{e.Start.Column}): {e.Message}", e);
        }
        if (stream.Documents.Count == 0)
        {
            return new ScriptObject();
        }
        var root = stream.Documents[0].RootNode;
        var count = 0;
        if (Convert(root, ref count, sourceName) is ScriptObject model)
        {
            return model;
        }
        throw new InvalidDataException($"{sourceName}({root.Start.Line},{root.Start.Column}): the data must be a mapping of names to values at the top level (name: value).");
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static ScriptObject ReadFile(string path) => Parse(File.ReadAllText(path), path);

    private static object? Convert(YamlNode node, ref int count, string sourceName)
    {
        if (++count > MaxNodes)
        {
            throw new InvalidDataException($"{sourceName}({node.Start.Line},{node.Start.Column}): more than {MaxNodes:N0} values (aliases repeating aliases?).");
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new ScriptObject();
                foreach (var (key, value) in mapping.Children)
                {
                    obj[(key as YamlScalarNode)?.Value ?? key.ToString()] = Convert(value, ref count, sourceName);
                }
                return obj;
            case YamlSequenceNode sequence:
                var array = new ScriptArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item, ref count, sourceName));
                }
                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static object? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return value;
        }
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer is >= int.MinValue and <= int.MaxValue ? (int)integer : integer;
        }
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        return value;
    }
}
