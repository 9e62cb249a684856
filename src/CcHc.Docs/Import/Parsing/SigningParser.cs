using CcHc.Docs.Import.Source;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Import.Parsing;

/// <summary>
/// Reads the nơi nhận ("Nơi nhận:", "- … ;" lines, "- Lưu: VT, … .") and the signature block
/// (TM./KT./Q./TL./TUQ. lines, the chức vụ in capitals, the signer's name) from the paragraphs after the closing.
/// </summary>
internal static class SigningParser
{
    public static (List<string> Recipients, List<string> Archive, Signature Signature) Parse(
        IReadOnlyList<SourceParagraph> paragraphs, ImportNotes notes)
    {
        var recipients = new List<string>();
        var archive = new List<string>();
        var authority = new List<AuthorityLine>();
        string? position = null;
        string? name = null;
        var inRecipients = false;
        var signaturePara = paragraphs.Count > 0 ? paragraphs[^1].Number : 0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var raw in paragraph.Printed.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }
                if (line.StartsWith("Nơi nhận", StringComparison.Ordinal))
                {
                    inRecipients = true;
                    notes.Recognised(paragraph.Number, "recipients", "Nơi nhận.");
                    continue;
                }
                var isDash = line.StartsWith('-') || line.StartsWith('–');
                if (inRecipients && isDash)
                {
                    var entry = line.TrimStart('-', '–').Trim();
                    if (entry.StartsWith("Lưu", StringComparison.Ordinal))
                    {
                        var list = entry[(entry.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().TrimEnd('.', ';');
                        archive.AddRange(list.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0));
                        notes.Recognised(paragraph.Number, "archive", $"Lưu: {string.Join(", ", archive)}.");
                        continue;
                    }
                    recipients.Add(entry.EndsWith(';') ? entry[..^1].TrimEnd() : entry);
                    continue;
                }
                inRecipients = false;
                var parsed = AuthorityLine.Parse(line);
                var upper = VietnameseCase.ToUpper(line) == line;
                if (name is null && parsed.Kind != AuthorityKind.None && upper)
                {
                    if (position is not null)
                    {
                        authority.Add(new AuthorityLine(AuthorityKind.None, position));
                        position = null;
                    }
                    authority.Add(parsed);
                    notes.Recognised(paragraph.Number, "signature.authority", $"Quyền hạn ký \"{line}\".");
                    continue;
                }
                if (name is null && upper)
                {
                    if (position is not null)
                    {
                        authority.Add(new AuthorityLine(AuthorityKind.None, position));
                    }
                    position = line;
                    notes.Recognised(paragraph.Number, "signature.position", $"Chức vụ \"{line}\".");
                    continue;
                }
                if (name is null)
                {
                    name = line;
                    signaturePara = paragraph.Number;
                    notes.Recognised(paragraph.Number, "signature.name", $"Người ký \"{line}\".");
                    continue;
                }
                notes.Guess(paragraph.Number, "signature", $"Dòng \"{line}\" sau tên người ký (dấu, chữ thừa?) đã bỏ qua.");
            }
        }
        if (name is null)
        {
            notes.Guess(signaturePara, "signature.name", "Không tìm thấy tên người ký; hãy điền `signature.name`.");
        }
        var signature = new Signature { Authority = [.. authority], Position = position, Name = name ?? "" };
        return (recipients, archive, signature);
    }
}
