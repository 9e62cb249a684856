using System.Globalization;

namespace CcHc.Docs.Import;

/// <summary>
/// One line of the import report: the source paragraph (line, for plain text), what it became in the
/// plan (a plan path such as <c>sections[1].content[0].section</c>, empty for the whole plan), and a
/// message in Vietnamese.
/// </summary>
public sealed record ImportNote(int Paragraph, ImportNoteKind Kind, string Path, string Message)
{
    /// <summary>"kiểm tra: đoạn 12: …" — the form the CLI prints and the YAML comments carry.</summary>
    public override string ToString()
    {
        var kind = Kind switch
        {
            ImportNoteKind.Guess => "kiểm tra",
            ImportNoteKind.Change => "đã đổi",
            _ => "nhận ra",
        };
        var where = Paragraph > 0 ? "đoạn " + Paragraph.ToString(CultureInfo.InvariantCulture) + ": " : "";
        return $"{kind}: {where}{Message}";
    }
}
