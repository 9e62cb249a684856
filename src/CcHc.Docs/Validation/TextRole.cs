namespace CcHc.Docs.Validation;

/// <summary>What a string of a plan is, so that text rules can choose where to look.</summary>
internal enum TextRole
{
    Letterhead,
    Title,
    Citation,
    Preamble,
    Heading,
    Body,
    Target,
    Task,
    Closing,
    Recipient,
    Archive,
    Signature,
    AppendixLabel,
    AppendixTitle,
    AppendixCaption,
    TableTitle,
    ColumnHeader,
    GroupTitle,
}
