namespace CcHc.Docs.Docx.Wordprocessing;

// The attribute values the writer uses, named as the Open XML SDK names them; each is written as its name with a
// lower-case first letter ("DoNotCompress" → "doNotCompress"), which is the schema's spelling for all of them.

internal enum BorderValues { Nil, Single }

internal enum BreakValues { Page }

internal enum CharacterSpacingValues { DoNotCompress }

internal enum CompatSettingNameValues { CompatibilityMode }

internal enum FootnoteEndnoteValues { Separator, ContinuationSeparator }

internal enum HeaderFooterValues { Default, First }

internal enum JustificationValues { Left, Center, Both }

internal enum LineSpacingRuleValues { Auto, Exact }

internal enum PageOrientationValues { Landscape }

internal enum SectionMarkValues { NextPage }

internal enum SpaceProcessingModeValues { Preserve }

internal enum StyleValues { Paragraph, Character, Table }

internal enum TableLayoutValues { Fixed }

internal enum TableWidthUnitValues { Dxa }

internal enum TableWidthValues { Dxa }

internal enum UnderlineValues { Single }

internal enum VerticalPositionValues { Superscript }

/// <summary>How the value enums are spelled in WordprocessingML.</summary>
internal static class WordValues
{
    public static string ToXml(Enum value)
    {
        var name = value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
