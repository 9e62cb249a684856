using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CcHc.Docs.Serialization;

/// <summary>Writes a <see cref="DataNode"/> tree as indented JSON with Vietnamese letters unescaped.</summary>
internal static class JsonEmitter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(MappingNode root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, root);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter writer, DataNode node)
    {
        switch (node)
        {
            case MappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    writer.WritePropertyName(((ScalarNode)key).Value);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case SequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            case ScalarNode { IsPlain: true } token:
                writer.WriteRawValue(token.Value);
                break;
            case ScalarNode text:
                writer.WriteStringValue(text.Value);
                break;
        }
    }
}
