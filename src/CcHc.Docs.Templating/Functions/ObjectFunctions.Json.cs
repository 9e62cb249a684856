using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Functions;

/// <summary>The <c>object</c> module: JSON in and out.</summary>
internal static partial class ObjectFunctions
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep letters of every script (Vietnamese included) readable; HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>Parses JSON into script values: objects, arrays, strings, numbers (int, long or double), booleans and null.</summary>
    public static object? FromJson(SourceSpan span, string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return FromElement(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new TemplateException(span, $"Invalid JSON: {ex.Message}");
        }
    }

    /// <summary>Writes the value as compact JSON (objects, arrays, strings, numbers, booleans, dates as ISO 8601).</summary>
    public static string ToJson(TemplateContext context, object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(context, writer, value, depth: 0);
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj.SetValue(property.Name, FromElement(property.Value));
                }

                return obj;
            case JsonValueKind.Array:
                var array = new ScriptArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(FromElement(item));
                }

                return array;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var integer))
                {
                    return integer;
                }

                if (element.TryGetInt64(out var longInteger))
                {
                    return longInteger;
                }

                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static void Write(TemplateContext context, Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > 64)
        {
            writer.WriteNullValue();
            return;
        }

        switch (value)
        {
            case null or IScriptFunction:
                writer.WriteNullValue();
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case EncodedText encoded:
                writer.WriteStringValue(encoded.Value);
                return;
            case int or short or byte or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture));
                return;
            case long or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case ulong unsigned:
                writer.WriteNumberValue(unsigned);
                return;
            case double real:
                writer.WriteNumberValue(real);
                return;
            case float single:
                writer.WriteNumberValue(single);
                return;
            case decimal money:
                writer.WriteNumberValue(money);
                return;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                return;
            case DateTime date:
                writer.WriteStringValue(date);
                return;
            case DateTimeOffset offset:
                writer.WriteStringValue(offset);
                return;
            case TimeSpan span:
                writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture));
                return;
            case Enum:
                writer.WriteStringValue(value.ToString());
                return;
        }

        if (value is IDictionary legacy and not ScriptObject and not IDictionary<string, object?>)
        {
            writer.WriteStartObject();
            foreach (DictionaryEntry entry in legacy)
            {
                writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                Write(context, writer, entry.Value, depth + 1);
            }

            writer.WriteEndObject();
            return;
        }

        var names = ScriptValues.MemberNames(value);
        if (names is null && value is IEnumerable items)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                Write(context, writer, item, depth + 1);
            }

            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        foreach (var name in names ?? [])
        {
            ScriptValues.TryGetMember(value, name, out var member);
            writer.WritePropertyName(name);
            Write(context, writer, member, depth + 1);
        }

        writer.WriteEndObject();
    }
}
