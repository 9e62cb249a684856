using CcHc.Docs.Docx.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>
/// Builds styles.xml: Times New Roman, black, vi-VN for everything (document defaults), and one
/// named style per NĐ30 role with the sizes of the chosen profile, so a user opening the file in
/// Word sees "NĐ30 Căn cứ", "heading 1", … instead of anonymous direct formatting.
/// </summary>
internal static class StylesBuilder
{
    public const string FontName = "Times New Roman";

    /// <summary>First-line indent of body paragraphs: 1.27 cm.</summary>
    public const int BodyIndent = 720;

    /// <summary>6 pt before each body paragraph (NĐ30: at least 6 pt between paragraphs).</summary>
    public const int BodySpaceBefore = 120;

    /// <summary>Line spacing 1.15 (276/240), inside NĐ30's single–1.5 range.</summary>
    public const int BodyLineSpacing = 276;

    public static Styles Build(FormattingProfile profile)
    {
        var styles = new Styles(DocDefaults(profile));
        foreach (var spec in ParagraphStyles(profile))
        {
            styles.Append(ParagraphStyle(spec));
        }

        styles.Append(FootnoteReferenceStyle());
        styles.Append(LayoutBreakStyle());
        styles.Append(TableStyle(StyleIds.GridTable, "NĐ30 Bảng", border: BorderValues.Single, cellMargin: 85));
        styles.Append(TableStyle(StyleIds.LayoutTable, "NĐ30 Bảng bố cục (không viền)", border: BorderValues.Nil, cellMargin: 0));
        return styles;
    }

    private static DocDefaults DocDefaults(FormattingProfile profile) =>
        new(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                new Color { Val = "000000" },
                new FontSize { Val = Units.HalfPoints(profile.Body) },
                new FontSizeComplexScript { Val = Units.HalfPoints(profile.Body) },
                new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));

    private static IEnumerable<ParagraphStyleSpec> ParagraphStyles(FormattingProfile p)
    {
        var center = JustificationValues.Center;
        yield return new(StyleIds.Normal, "Normal") { BasedOn = null };
        yield return new(StyleIds.Body, "NĐ30 Nội dung")
        {
            Alignment = JustificationValues.Both, FirstLineIndent = BodyIndent, SpaceBefore = BodySpaceBefore,
        };
        yield return new(StyleIds.Basis, "NĐ30 Căn cứ") { BasedOn = StyleIds.Body, Italic = true };
        yield return new(StyleIds.Preamble, "NĐ30 Lời dẫn") { BasedOn = StyleIds.Body };
        yield return new(StyleIds.Closing, "NĐ30 Kết thúc") { BasedOn = StyleIds.Body };
        yield return new(StyleIds.ListItem, "NĐ30 Gạch đầu dòng") { BasedOn = StyleIds.Body };
        yield return new(StyleIds.Centered, "NĐ30 Căn giữa") { Alignment = center, SpaceBefore = BodySpaceBefore };
        yield return new(StyleIds.Plain, "NĐ30 Căn trái") { Alignment = JustificationValues.Left, SpaceBefore = BodySpaceBefore };
        yield return new(StyleIds.Part, "NĐ30 Phần")
        {
            Alignment = center, SpaceBefore = 240, KeepNext = true, Bold = true, OutlineLevel = 0,
        };
        yield return Heading(StyleIds.Heading1, "heading 1", 0, bold: true, italic: false);
        yield return Heading(StyleIds.Heading2, "heading 2", 1, bold: true, italic: false);
        yield return Heading(StyleIds.Heading3, "heading 3", 2, bold: false, italic: false);
        yield return Heading(StyleIds.Heading4, "heading 4", 3, bold: false, italic: true);
        yield return new(StyleIds.ParentBody, "NĐ30 Cơ quan chủ quản") { Alignment = center, Size = p.Agency, Bold = false };
        yield return new(StyleIds.IssuingBody, "NĐ30 Cơ quan ban hành") { Alignment = center, Size = p.Agency, Bold = true };
        yield return new(StyleIds.NationalName, "NĐ30 Quốc hiệu") { Alignment = center, Size = p.NationalName, Bold = true };
        yield return new(StyleIds.Motto, "NĐ30 Tiêu ngữ") { Alignment = center, Size = p.Motto, Bold = true };
        yield return new(StyleIds.Number, "NĐ30 Số ký hiệu") { Alignment = center, Size = p.Number, SpaceBefore = 120 };
        yield return new(StyleIds.PlaceDate, "NĐ30 Địa danh ngày tháng")
        {
            Alignment = center, Size = p.Body, Italic = true, SpaceBefore = 120,
        };
        yield return new(StyleIds.Rule, "NĐ30 Đường kẻ") { Alignment = center, Size = 1 };
        yield return new(StyleIds.TitleKind, "NĐ30 Tên loại văn bản")
        {
            Alignment = center, Size = p.Body, Bold = true, SpaceBefore = 240, KeepNext = true, // 12 pt: spec/nd30.md section 4
        };
        yield return new(StyleIds.TitleSummary, "NĐ30 Trích yếu") { Alignment = center, Size = p.Body, Bold = true, KeepNext = true };
        yield return new(StyleIds.RecipientsHeading, "NĐ30 Nơi nhận")
        {
            Alignment = JustificationValues.Left, Size = p.RecipientsHeading, Bold = true, Italic = true,
        };
        // The dash stays flush left (Phụ lục I, ô 9b); a wrapped recipient continues under the text, not under the dash.
        yield return new(StyleIds.Recipient, "NĐ30 Nơi nhận - dòng")
        {
            Alignment = JustificationValues.Left, Size = p.Recipients, HangingIndent = TextWidthEstimator.Twips("- ", p.Recipients, bold: false),
        };
        yield return new(StyleIds.SignatureLine, "NĐ30 Quyền hạn chức vụ") { Alignment = center, Size = p.Body, Bold = true };
        yield return new(StyleIds.Signer, "NĐ30 Người ký") { Alignment = center, Size = p.Body, Bold = true };
        yield return new(StyleIds.AppendixLabel, "NĐ30 Phụ lục") { Alignment = center, Size = p.AppendixLabel, Bold = true, KeepNext = true };
        yield return new(StyleIds.AppendixTitle, "NĐ30 Tên phụ lục") { Alignment = center, Size = p.Body, Bold = true, KeepNext = true };
        yield return new(StyleIds.AppendixCaption, "NĐ30 Kèm theo") { Alignment = center, Size = p.Body, Italic = true, KeepNext = true };
        yield return new(StyleIds.TableText, "NĐ30 Bảng - nội dung") { Alignment = JustificationValues.Left, Size = p.Table, SpaceBefore = 40, SpaceAfter = 40 };
        yield return new(StyleIds.TableHeading, "NĐ30 Bảng - tiêu đề") { BasedOn = StyleIds.TableText, Alignment = center, Bold = true };
        yield return new(StyleIds.TableGroup, "NĐ30 Bảng - nhóm") { BasedOn = StyleIds.TableText, Bold = true };
        yield return new(StyleIds.Header, "header") { Alignment = center, Size = p.PageNumber };
        yield return new(StyleIds.FootnoteText, "footnote text") { Alignment = JustificationValues.Both, Size = p.Footnote };

        ParagraphStyleSpec Heading(string id, string name, int outline, bool bold, bool italic) => new(id, name)
        {
            Alignment = JustificationValues.Both, FirstLineIndent = BodyIndent, SpaceBefore = BodySpaceBefore,
            KeepNext = true, OutlineLevel = outline, Bold = bold, Italic = italic, Size = p.Body,
        };
    }

    private static Style ParagraphStyle(ParagraphStyleSpec spec)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = spec.Id, Default = spec.Id == StyleIds.Normal ? true : null };
        style.Append(new StyleName { Val = spec.Name });
        if (spec.BasedOn is not null)
        {
            style.Append(new BasedOn { Val = spec.BasedOn });
        }

        style.Append(new PrimaryStyle());
        var ppr = new StyleParagraphProperties();
        if (spec.KeepNext)
        {
            ppr.KeepNext = new KeepNext();
        }

        if (spec.SpaceBefore is not null || spec.SpaceAfter is not null)
        {
            // Set only the attributes we have: a null StringValue would be written as an empty attribute.
            ppr.SpacingBetweenLines = new SpacingBetweenLines();
            if (spec.SpaceBefore is { } before)
            {
                ppr.SpacingBetweenLines.Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (spec.SpaceAfter is { } after)
            {
                ppr.SpacingBetweenLines.After = after.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (spec.Id is StyleIds.Body or StyleIds.Heading1 or StyleIds.Heading2 or StyleIds.Heading3 or StyleIds.Heading4)
            {
                ppr.SpacingBetweenLines.Line = BodyLineSpacing.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ppr.SpacingBetweenLines.LineRule = LineSpacingRuleValues.Auto;
            }
        }

        if (spec.FirstLineIndent is not null)
        {
            ppr.Indentation = new Indentation { FirstLine = spec.FirstLineIndent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (spec.HangingIndent is { } hanging)
        {
            var twips = hanging.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ppr.Indentation = new Indentation { Left = twips, Hanging = twips };
        }

        if (spec.Alignment is not null)
        {
            ppr.Justification = new Justification { Val = spec.Alignment.Value };
        }

        if (spec.OutlineLevel is not null)
        {
            ppr.OutlineLevel = new OutlineLevel { Val = spec.OutlineLevel.Value };
        }

        if (ppr.HasChildren)
        {
            style.Append(ppr);
        }

        var rpr = new StyleRunProperties();
        if (spec.Bold is not null)
        {
            rpr.Bold = new Bold { Val = spec.Bold.Value };
        }

        if (spec.Italic is not null)
        {
            rpr.Italic = new Italic { Val = spec.Italic.Value };
        }

        if (spec.Size is not null)
        {
            rpr.FontSize = new FontSize { Val = Units.HalfPoints(spec.Size.Value) };
            rpr.FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(spec.Size.Value) };
        }

        if (rpr.HasChildren)
        {
            style.Append(rpr);
        }

        return style;
    }

    /// <summary>The character style of footnote numbers, in the text and in the note: superscript.</summary>
    private static Style FootnoteReferenceStyle()
    {
        var style = new Style { Type = StyleValues.Character, StyleId = StyleIds.FootnoteReference };
        style.Append(new StyleName { Val = "footnote reference" });
        style.Append(new PrimaryStyle());
        style.Append(new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }));
        return style;
    }

    /// <summary>Marks the line breaks the writer adds to balance a title; it changes no formatting.</summary>
    private static Style LayoutBreakStyle()
    {
        var style = new Style { Type = StyleValues.Character, StyleId = StyleIds.LayoutBreak };
        style.Append(new StyleName { Val = "NĐ30 Ngắt dòng cân đối" });
        return style;
    }

    private static Style TableStyle(string id, string name, BorderValues border, int cellMargin)
    {
        var size = border == BorderValues.Nil ? 0U : 4U;
        var borders = new TableBorders(
            new TopBorder { Val = border, Size = size, Space = 0, Color = "000000" },
            new LeftBorder { Val = border, Size = size, Space = 0, Color = "000000" },
            new BottomBorder { Val = border, Size = size, Space = 0, Color = "000000" },
            new RightBorder { Val = border, Size = size, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = border, Size = size, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = border, Size = size, Space = 0, Color = "000000" });
        var margins = new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = (short)cellMargin, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = (short)cellMargin, Type = TableWidthValues.Dxa });
        var style = new Style { Type = StyleValues.Table, StyleId = id };
        style.Append(new StyleName { Val = name });
        style.Append(new PrimaryStyle());
        style.Append(new StyleTableProperties(borders, margins));
        return style;
    }
}
