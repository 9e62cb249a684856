using System.Text;
using CcHc.Docs.Import.Parsing;
using CcHc.Docs.Import.Source;

namespace CcHc.Docs.Import;

/// <summary>
/// Reads an existing Kế hoạch — a .docx from Word, LibreOffice or this library; .doc, .odt or .rtf through
/// LibreOffice; or plain text extracted from a PDF or a web page — into a <see cref="Plans.Plan"/>, with a
/// report of what each paragraph became and every guess, so last year's plan can be edited instead of retyped.
/// </summary>
public static class PlanImporter
{
    /// <summary>Imports a file by its extension (.docx, .txt, or .doc/.odt/.rtf when LibreOffice is installed).</summary>
    public static ImportResult ImportFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Không tìm thấy tệp \"{path}\".", path);
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".docx":
                using (var stream = File.OpenRead(path))
                {
                    return ImportDocx(stream);
                }
            case ".txt":
                return ImportText(File.ReadAllText(path, Encoding.UTF8));
            case ".doc":
            case ".odt":
            case ".rtf":
            case ".fodt":
                var converted = LibreOfficeConverter.ToDocx(path);
                using (var stream = new MemoryStream(converted))
                {
                    return ImportDocx(stream);
                }
            default:
                throw new PlanImportException(
                    $"Không nhập được tệp \"{Path.GetFileName(path)}\": chỉ nhận .docx, .txt, hoặc .doc/.odt/.rtf (cần LibreOffice).", 0);
        }
    }

    /// <summary>Imports a .docx from a stream (Word, LibreOffice or this library's output).</summary>
    public static ImportResult ImportDocx(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        SourceDocument source;
        try
        {
            source = DocxSource.Read(docx);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            throw new PlanImportException($"Tệp không phải .docx hợp lệ ({e.Message}). Mở bằng Word hoặc LibreOffice và lưu lại dạng .docx.", 0, e);
        }
        return PlanParser.Parse(source, plainText: false);
    }

    /// <summary>Imports plain text: one paragraph per line, tab-separated lines as table rows.</summary>
    public static ImportResult ImportText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PlanParser.Parse(TextSource.Read(text), plainText: true);
    }
}
