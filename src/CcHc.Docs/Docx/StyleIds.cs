namespace CcHc.Docs.Docx;

/// <summary>The style ids written to styles.xml; one named paragraph style per NĐ30 role.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Body = "Nd30Body";
    public const string Basis = "Nd30Basis";
    public const string Preamble = "Nd30Preamble";
    public const string Closing = "Nd30Closing";
    public const string Centered = "Nd30Centered";
    public const string Plain = "Nd30Plain";
    public const string ListItem = "Nd30ListItem";
    public const string Part = "Nd30Part";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string ParentBody = "Nd30ParentBody";
    public const string IssuingBody = "Nd30IssuingBody";
    public const string NationalName = "Nd30NationalName";
    public const string Motto = "Nd30Motto";
    public const string Number = "Nd30Number";
    public const string PlaceDate = "Nd30PlaceDate";
    public const string Rule = "Nd30Rule";
    public const string TitleKind = "Nd30TitleKind";
    public const string TitleSummary = "Nd30TitleSummary";
    public const string RecipientsHeading = "Nd30RecipientsHeading";
    public const string Recipient = "Nd30Recipient";
    public const string SignatureLine = "Nd30SignatureLine";
    public const string Signer = "Nd30Signer";
    public const string AppendixLabel = "Nd30AppendixLabel";
    public const string AppendixTitle = "Nd30AppendixTitle";
    public const string AppendixCaption = "Nd30AppendixCaption";
    public const string TableText = "Nd30TableText";
    public const string TableHeading = "Nd30TableHeading";
    public const string TableGroup = "Nd30TableGroup";
    public const string Header = "Header";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";

    /// <summary>The character style of a line break the writer added for layout; the importer reads it as a space.</summary>
    public const string LayoutBreak = "Nd30LayoutBreak";
    public const string GridTable = "Nd30GridTable";
    public const string LayoutTable = "Nd30LayoutTable";
}
