using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>Converts runtime values to the text Scriban prints for them.</summary>
internal static class ValueFormatter
{
    public static string ToText(TemplateContext context, object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case int i:
                return i.ToString(context.Culture);
            case EncodedText e:
                return e.Value;
        }

        var sb = new StringBuilder();
        Append(context, sb, value, inspect: false, depth: 0);
        return sb.ToString();
    }

    public static void Append(TemplateContext context, StringBuilder sb, object? value, bool inspect, int depth)
    {
        var culture = context.Culture;
        switch (value)
        {
            case null:
                if (inspect)
                {
                    sb.Append("null");
                }

                return;
            case string s:
                if (inspect)
                {
                    AppendQuoted(sb, s);
                }
                else
                {
                    sb.Append(s);
                }

                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case int i:
                sb.Append(i.ToString(culture));
                return;
            case long l:
                sb.Append(l.ToString(culture));
                return;
            case double d:
                sb.Append(d.ToString(culture));
                return;
            case float f:
                sb.Append(f.ToString(culture));
                return;
            case decimal m:
                sb.Append(m.ToString(culture));
                return;
            case BigInteger bi:
                sb.Append(bi.ToString(culture));
                return;
            case EncodedText e:
                sb.Append(e.Value);
                return;
            case DateTime dt:
                if (context.DateFormat is { } pattern)
                {
                    sb.Append(Functions.StrftimeFormatter.Format(dt, pattern, culture));
                }
                else
                {
                    sb.Append(dt.ToString("dd MMM yyyy", culture));
                }

                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is TimeSpan or DateTimeOffset or Enum:
                sb.Append(formattable.ToString(null, culture));
                return;
            case IScriptFunction:
                return;
        }

        if (depth > 32)
        {
            sb.Append("...");
            return;
        }

        switch (value)
        {
            case ScriptObject so:
                AppendObject(context, sb, so, depth);
                return;
            case IDictionary<string, object?> dict:
                AppendObject(context, sb, dict, depth);
                return;
            case IDictionary legacy:
                sb.Append('{');
                var firstEntry = true;
                foreach (DictionaryEntry entry in legacy)
                {
                    if (!firstEntry)
                    {
                        sb.Append(", ");
                    }

                    firstEntry = false;
                    sb.Append(Convert.ToString(entry.Key, culture)).Append(": ");
                    Append(context, sb, entry.Value, inspect: true, depth + 1);
                }

                sb.Append('}');
                return;
            case IEnumerable enumerable:
                sb.Append('[');
                var first = true;
                foreach (var item in enumerable)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    Append(context, sb, item, inspect: true, depth + 1);
                }

                sb.Append(']');
                return;
        }

        var accessor = MemberAccessorCache.Get(value.GetType());
        if (accessor.HasMembers)
        {
            sb.Append('{');
            var firstMember = true;
            foreach (var name in accessor.Names)
            {
                if (!firstMember)
                {
                    sb.Append(", ");
                }

                firstMember = false;
                accessor.TryGet(value, name, out var memberValue);
                sb.Append(name).Append(": ");
                Append(context, sb, memberValue, inspect: true, depth + 1);
            }

            sb.Append('}');
            return;
        }

        sb.Append(Convert.ToString(value, culture));
    }

    private static void AppendObject(TemplateContext context, StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> members, int depth)
    {
        sb.Append('{');
        var first = true;
        foreach (var pair in members)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append(pair.Key).Append(": ");
            Append(context, sb, pair.Value, inspect: true, depth + 1);
        }

        sb.Append('}');
    }

    public static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
