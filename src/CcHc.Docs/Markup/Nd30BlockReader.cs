using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>Reads the first-class NĐ30 blocks: letterhead, title, signing and appendix heading.</summary>
internal sealed class Nd30BlockReader(MarkupReader reader, ElementRules rules, InlineReader inlines)
{
    public LetterheadBlock ReadLetterhead(in ElementStart element)
    {
        rules.AllowAttributes(element);
        IReadOnlyList<MarkupInline>? parent = null, issuing = null, number = null, placeDate = null;
        string? nationalName = null, motto = null;
        while (reader.NextChild(element))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(element);
                continue;
            }

            var child = reader.Element();
            switch (child.MarkupName)
            {
                case "parent-body":
                    rules.Once(child, parent is not null);
                    parent = Text(child);
                    break;
                case "issuing-body":
                    rules.Once(child, issuing is not null);
                    issuing = Text(child, required: true);
                    break;
                case "national-name":
                    rules.Once(child, nationalName is not null);
                    nationalName = inlines.ReadPlainText(child);
                    break;
                case "motto":
                    rules.Once(child, motto is not null);
                    motto = inlines.ReadPlainText(child);
                    break;
                case "number":
                    rules.Once(child, number is not null);
                    number = Text(child, required: true);
                    break;
                case "place-date":
                    rules.Once(child, placeDate is not null);
                    placeDate = Text(child, required: true);
                    break;
                default:
                    rules.Unexpected(child, element, "<parent-body>, <issuing-body>, <national-name>, <motto>, <number>, <place-date>");
                    break;
            }
        }

        return new LetterheadBlock(
            parent,
            issuing ?? Missing<IReadOnlyList<MarkupInline>>(element, "issuing-body"),
            number ?? Missing<IReadOnlyList<MarkupInline>>(element, "number"),
            placeDate ?? Missing<IReadOnlyList<MarkupInline>>(element, "place-date"),
            nationalName,
            motto);
    }

    public TitleBlock ReadTitle(in ElementStart element)
    {
        rules.AllowAttributes(element);
        IReadOnlyList<MarkupInline>? kind = null, summary = null;
        while (reader.NextChild(element))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(element);
                continue;
            }

            var child = reader.Element();
            switch (child.MarkupName)
            {
                case "kind":
                    rules.Once(child, kind is not null);
                    kind = Text(child, required: true);
                    break;
                case "summary":
                    rules.Once(child, summary is not null);
                    summary = Text(child, required: true);
                    break;
                default:
                    rules.Unexpected(child, element, "<kind>, <summary>");
                    break;
            }
        }

        return new TitleBlock(
            kind ?? Missing<IReadOnlyList<MarkupInline>>(element, "kind"),
            summary ?? Missing<IReadOnlyList<MarkupInline>>(element, "summary"));
    }

    /// <summary>
    /// Reads &lt;signing&gt;. Problems are reported in this order, wherever they are: the children of
    /// &lt;signing&gt; themselves, a missing &lt;signature&gt;, then the content of &lt;recipients&gt;, then that
    /// of &lt;signature&gt;. So a problem inside either is held back until the end of &lt;signing&gt;.
    /// </summary>
    public SigningBlock ReadSigning(in ElementStart element)
    {
        rules.AllowAttributes(element);
        bool haveRecipients = false, haveSignature = false;
        Recipients recipients = new([], null);
        Signature signature = default;
        MarkupException? recipientsError = null, signatureError = null;
        while (reader.NextChild(element))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(element);
                continue;
            }

            var child = reader.Element();
            switch (child.MarkupName)
            {
                case "recipients":
                    rules.Once(child, haveRecipients);
                    haveRecipients = true;
                    try
                    {
                        recipients = ReadRecipients(child);
                    }
                    catch (MarkupException ex) when (!reader.SyntaxFailed)
                    {
                        recipientsError = ex;
                        reader.SkipToEnd(child);
                    }

                    break;
                case "signature":
                    rules.Once(child, haveSignature);
                    haveSignature = true;
                    try
                    {
                        signature = ReadSignature(child);
                    }
                    catch (MarkupException ex) when (!reader.SyntaxFailed)
                    {
                        signatureError = ex;
                        reader.SkipToEnd(child);
                    }

                    break;
                default:
                    rules.Unexpected(child, element, "<recipients>, <signature>");
                    break;
            }
        }

        if (!haveSignature)
        {
            return Missing<SigningBlock>(element, "signature");
        }

        if ((recipientsError ?? signatureError) is { } error)
        {
            throw error;
        }

        return new SigningBlock(recipients.Lines, signature.Authorities, signature.Positions, signature.Signer, recipients.Heading);
    }

    private Recipients ReadRecipients(in ElementStart element)
    {
        rules.AllowAttributes(element, "heading");
        var heading = reader.Attribute("heading")?.Value;
        var lines = new List<IReadOnlyList<MarkupInline>>();
        while (reader.NextChild(element))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(element);
                continue;
            }

            var child = reader.Element();
            if (!child.Is("recipient"))
            {
                rules.Unexpected(child, element, "<recipient>");
            }

            lines.Add(Text(child, required: true));
        }

        return new Recipients(lines, heading);
    }

    private Signature ReadSignature(in ElementStart element)
    {
        rules.AllowAttributes(element);
        var authorities = new List<IReadOnlyList<MarkupInline>>();
        var positions = new List<IReadOnlyList<MarkupInline>>();
        IReadOnlyList<MarkupInline>? signer = null;
        while (reader.NextChild(element))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(element);
                continue;
            }

            var child = reader.Element();
            switch (child.MarkupName)
            {
                case "authority" when positions.Count == 0 && signer is null:
                    authorities.Add(Text(child, required: true));
                    break;
                case "position" when signer is null:
                    positions.Add(Text(child, required: true));
                    break;
                case "signer":
                    rules.Once(child, signer is not null);
                    signer = Text(child, required: true);
                    break;
                case "authority" or "position":
                    rules.Fail(child, "Write <signature> lines in order: <authority> lines (TM./KT./…), then <position> lines, then <signer>.");
                    break;
                default:
                    rules.Unexpected(child, element, "<authority>, <position>, <signer>");
                    break;
            }
        }

        // A signature may lack the chức vụ line (a faithful transcription of a flawed original);
        // validation reports that, the markup does not refuse it.
        return new Signature(authorities, positions, signer ?? Missing<IReadOnlyList<MarkupInline>>(element, "signer"));
    }

    public AppendixHeadingBlock ReadAppendixHeading(in ElementStart element)
    {
        rules.AllowAttributes(element);
        IReadOnlyList<MarkupInline>? label = null, title = null, caption = null;
        while (reader.NextChild(element))
        {
            if (!reader.IsElement)
            {
                rules.RejectText(element);
                continue;
            }

            var child = reader.Element();
            switch (child.MarkupName)
            {
                case "label":
                    rules.Once(child, label is not null);
                    label = Text(child, required: true);
                    break;
                case "title":
                    rules.Once(child, title is not null);
                    title = Text(child, required: true);
                    break;
                case "caption":
                    rules.Once(child, caption is not null);
                    caption = Text(child, required: true);
                    break;
                default:
                    rules.Unexpected(child, element, "<label>, <title>, <caption>");
                    break;
            }
        }

        return new AppendixHeadingBlock(
            label ?? Missing<IReadOnlyList<MarkupInline>>(element, "label"),
            title ?? Missing<IReadOnlyList<MarkupInline>>(element, "title"),
            caption);
    }

    private MarkupInline[] Text(in ElementStart element, bool required = false)
    {
        rules.AllowAttributes(element);
        var result = inlines.Read(element);
        if (required && !Array.Exists(result, inline => inline is TextSpan))
        {
            rules.Fail(element, $"<{element.Name}> is empty; write its text.");
        }

        return result;
    }

    private T Missing<T>(in ElementStart element, string child)
    {
        rules.Fail(element, $"<{element.Name}> needs a <{child}> element.");
        return default!;
    }

    private readonly record struct Recipients(List<IReadOnlyList<MarkupInline>> Lines, string? Heading);

    private readonly record struct Signature(
        List<IReadOnlyList<MarkupInline>> Authorities,
        List<IReadOnlyList<MarkupInline>> Positions,
        IReadOnlyList<MarkupInline> Signer);
}
