namespace CcHc.Docs.Docx;

/// <summary>
/// The font sizes (in points) of every NĐ30 element. NĐ30 allows a range for most elements; a
/// profile picks one value each and the whole document keeps it (spec/nd30.md section 9).
/// Use <see cref="Body14"/> (the default) or <see cref="Body13"/>.
/// </summary>
public sealed class FormattingProfile
{
    private FormattingProfile(string name, double body, double nationalName, double motto, double agency, double table)
    {
        Name = name;
        Body = body;
        NationalName = nationalName;
        Motto = motto;
        Agency = agency;
        Table = table;
    }

    /// <summary>14-pt body: Quốc hiệu 13, Tiêu ngữ 14, agency 13, tables 13 (the default).</summary>
    public static FormattingProfile Body14 { get; } = new("14 pt", body: 14, nationalName: 13, motto: 14, agency: 13, table: 13);

    /// <summary>13-pt body: Quốc hiệu 12, Tiêu ngữ 13, agency 12, tables 12.</summary>
    public static FormattingProfile Body13 { get; } = new("13 pt", body: 13, nationalName: 12, motto: 13, agency: 12, table: 12);

    /// <summary>A short name for messages ("14 pt" or "13 pt").</summary>
    public string Name { get; }

    /// <summary>Body text, căn cứ, headings, title, trích yếu, place-and-date, signature lines and appendix title/caption.</summary>
    public double Body { get; }

    /// <summary>Quốc hiệu ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").</summary>
    public double NationalName { get; }

    /// <summary>Tiêu ngữ ("Độc lập - Tự do - Hạnh phúc").</summary>
    public double Motto { get; }

    /// <summary>Parent and issuing body in the letterhead.</summary>
    public double Agency { get; }

    /// <summary>"Số: …" (13 pt in both profiles).</summary>
    public double Number => 13;

    /// <summary>"Nơi nhận:" (12 pt bold italic).</summary>
    public double RecipientsHeading => 12;

    /// <summary>Recipient lines (11 pt).</summary>
    public double Recipients => 11;

    /// <summary>The page number in the top margin.</summary>
    public double PageNumber => Body;

    /// <summary>"Phụ lục I" (14 pt in both profiles, as NĐ30 states).</summary>
    public double AppendixLabel => 14;

    /// <summary>
    /// Footnote text: two points below the body (12 pt, or 11 pt in the 13-pt profile). NĐ30 sets no size for notes;
    /// this keeps them smaller than the text and no smaller than the recipient list.
    /// </summary>
    public double Footnote => Body - 2;

    /// <summary>Text in appendix and body tables (12–13 pt).</summary>
    public double Table { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
