using System.Globalization;

namespace CcHc.Docs.Serialization;

/// <summary>Reads scalar values (text, numbers, dates, booleans, enum names) from nodes, reporting type errors.</summary>
internal sealed class ScalarReader(ReadContext context)
{
    public ReadContext Context { get; } = context;

    /// <summary>Text; any scalar is accepted (a plain <c>2026</c> is the text "2026"); null for an empty value.</summary>
    public string? Text(DataNode node, string path)
    {
        if (node is not ScalarNode scalar)
        {
            return TextMismatch(node, path, "text");
        }
        return scalar.IsNull ? null : Context.CleanText(scalar.Value, path, node.Position);
    }

    /// <summary>Text that must be there: an empty value, or one of spaces, tabs and line breaks only, is an error.</summary>
    public string RequiredText(DataNode node, string path)
    {
        var text = Text(node, path);
        if (text is null && node is ScalarNode)
        {
            Context.Error(node.Position, path, "must not be empty");
        }
        else if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Context.Error(node.Position, path, "must not be empty (it holds only spaces, tabs or line breaks); write the text");
        }
        return text ?? "";
    }

    public int? Int(DataNode node, string path) =>
        Number<int>(node, path, "a whole number", s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null);

    public decimal? Decimal(DataNode node, string path) =>
        Number<decimal>(node, path, "a number", s => decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null);

    public bool? Bool(DataNode node, string path)
    {
        if (node is ScalarNode { IsPlain: true, Value: "true" or "True" or "TRUE" or "false" or "False" or "FALSE" } scalar)
        {
            return scalar.Value[0] is 't' or 'T';
        }
        return Mismatch<bool>(node, path, "true or false");
    }

    public DateOnly? Date(DataNode node, string path)
    {
        if (node is not ScalarNode scalar)
        {
            return Mismatch<DateOnly>(node, path, "a date (YYYY-MM-DD)");
        }
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Context.Error(node.Position, path, $"{PlanPath.Quote(scalar.Value)} is not a date (use YYYY-MM-DD)");
        return null;
    }

    public TEnum? Enum<TEnum>(DataNode node, string path) where TEnum : struct, Enum
    {
        var names = SnakeCase.Values<TEnum>();
        if (node is ScalarNode scalar)
        {
            var index = Array.IndexOf(names, scalar.Value);
            if (index >= 0)
            {
                return System.Enum.GetValues<TEnum>()[index];
            }
            var hint = SnakeCase.Closest(scalar.Value, names) is { } close ? $"; did you mean \"{close}\"?" : "";
            Context.Error(node.Position, path, $"{PlanPath.Quote(scalar.Value)} is not a valid value{hint}; use one of: {string.Join(", ", names)}");
            return null;
        }
        return Mismatch<TEnum>(node, path, $"one of: {string.Join(", ", names)}");
    }

    /// <summary>Reports that <paramref name="node"/> is not what the property holds, and returns no value.</summary>
    public T? Mismatch<T>(DataNode node, string path, string expected) where T : struct
    {
        Context.Error(node.Position, path, $"expected {expected}, found {node.Description}");
        return null;
    }

    private string? TextMismatch(DataNode node, string path, string expected)
    {
        Context.Error(node.Position, path, $"expected {expected}, found {node.Description}");
        return null;
    }

    private T? Number<T>(DataNode node, string path, string expected, Func<string, T?> parse) where T : struct
    {
        if (node is not ScalarNode scalar)
        {
            return Mismatch<T>(node, path, expected);
        }
        if (!scalar.IsPlain)
        {
            var unquoted = parse(scalar.Value) is not null ? "; remove the quotes" : "";
            Context.Error(node.Position, path, $"expected {expected}, found {scalar.Description}{unquoted}");
            return null;
        }
        if (parse(scalar.Value) is { } value)
        {
            return value;
        }
        var comma = scalar.Value.Contains(',') && parse(scalar.Value.Replace(',', '.')) is not null
            ? " (use a dot for decimals, e.g. 11.4)"
            : "";
        Context.Error(node.Position, path, $"expected {expected}, found {PlanPath.Quote(scalar.Value)}{comma}");
        return null;
    }
}
