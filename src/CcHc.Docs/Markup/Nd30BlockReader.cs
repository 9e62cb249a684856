using System.Xml.Linq;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>Reads the first-class NĐ30 blocks: letterhead, title, signing and appendix heading.</summary>
internal sealed class Nd30BlockReader(ElementRules rules, InlineReader inlines)
{
    public LetterheadBlock ReadLetterhead(XElement element)
    {
        rules.AllowAttributes(element);
        IReadOnlyList<MarkupInline>? parent = null, issuing = null, number = null, placeDate = null;
        string? nationalName = null, motto = null;
        foreach (var child in rules.ChildElements(element))
        {
            switch (child.Name.NamespaceName.Length == 0 ? child.Name.LocalName : string.Empty)
            {
                case "parent-body":
                    rules.Once(child, parent);
                    parent = Text(child);
                    break;
                case "issuing-body":
                    rules.Once(child, issuing);
                    issuing = Text(child, required: true);
                    break;
                case "national-name":
                    rules.Once(child, nationalName);
                    nationalName = inlines.ReadPlainText(child);
                    break;
                case "motto":
                    rules.Once(child, motto);
                    motto = inlines.ReadPlainText(child);
                    break;
                case "number":
                    rules.Once(child, number);
                    number = Text(child, required: true);
                    break;
                case "place-date":
                    rules.Once(child, placeDate);
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

    public TitleBlock ReadTitle(XElement element)
    {
        rules.AllowAttributes(element);
        IReadOnlyList<MarkupInline>? kind = null, summary = null;
        foreach (var child in rules.ChildElements(element))
        {
            switch (child.Name.NamespaceName.Length == 0 ? child.Name.LocalName : string.Empty)
            {
                case "kind":
                    rules.Once(child, kind);
                    kind = Text(child, required: true);
                    break;
                case "summary":
                    rules.Once(child, summary);
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

    public SigningBlock ReadSigning(XElement element)
    {
        rules.AllowAttributes(element);
        XElement? recipientsElement = null, signatureElement = null;
        foreach (var child in rules.ChildElements(element))
        {
            switch (child.Name.NamespaceName.Length == 0 ? child.Name.LocalName : string.Empty)
            {
                case "recipients":
                    rules.Once(child, recipientsElement);
                    recipientsElement = child;
                    break;
                case "signature":
                    rules.Once(child, signatureElement);
                    signatureElement = child;
                    break;
                default:
                    rules.Unexpected(child, element, "<recipients>, <signature>");
                    break;
            }
        }

        if (signatureElement is null)
        {
            return Missing<SigningBlock>(element, "signature");
        }

        var recipients = new List<IReadOnlyList<MarkupInline>>();
        string? heading = null;
        if (recipientsElement is not null)
        {
            rules.AllowAttributes(recipientsElement, "heading");
            heading = recipientsElement.Attribute("heading")?.Value;
            foreach (var child in rules.ChildElements(recipientsElement))
            {
                if (child.Name != "recipient")
                {
                    rules.Unexpected(child, recipientsElement, "<recipient>");
                }

                recipients.Add(Text(child, required: true));
            }
        }

        return ReadSignature(signatureElement, recipients, heading);
    }

    private SigningBlock ReadSignature(XElement element, List<IReadOnlyList<MarkupInline>> recipients, string? heading)
    {
        rules.AllowAttributes(element);
        var authorities = new List<IReadOnlyList<MarkupInline>>();
        var positions = new List<IReadOnlyList<MarkupInline>>();
        IReadOnlyList<MarkupInline>? signer = null;
        foreach (var child in rules.ChildElements(element))
        {
            switch (child.Name.NamespaceName.Length == 0 ? child.Name.LocalName : string.Empty)
            {
                case "authority" when positions.Count == 0 && signer is null:
                    authorities.Add(Text(child, required: true));
                    break;
                case "position" when signer is null:
                    positions.Add(Text(child, required: true));
                    break;
                case "signer":
                    rules.Once(child, signer);
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
        return new SigningBlock(
            recipients,
            authorities,
            positions,
            signer ?? Missing<IReadOnlyList<MarkupInline>>(element, "signer"),
            heading);
    }

    public AppendixHeadingBlock ReadAppendixHeading(XElement element)
    {
        rules.AllowAttributes(element);
        IReadOnlyList<MarkupInline>? label = null, title = null, caption = null;
        foreach (var child in rules.ChildElements(element))
        {
            switch (child.Name.NamespaceName.Length == 0 ? child.Name.LocalName : string.Empty)
            {
                case "label":
                    rules.Once(child, label);
                    label = Text(child, required: true);
                    break;
                case "title":
                    rules.Once(child, title);
                    title = Text(child, required: true);
                    break;
                case "caption":
                    rules.Once(child, caption);
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

    private IReadOnlyList<MarkupInline> Text(XElement element, bool required = false)
    {
        rules.AllowAttributes(element);
        var result = inlines.Read(element);
        if (required && !result.OfType<TextSpan>().Any())
        {
            rules.Fail(element, $"<{element.Name.LocalName}> is empty; write its text.");
        }

        return result;
    }

    private T Missing<T>(XElement element, string child)
    {
        rules.Fail(element, $"<{element.Name.LocalName}> needs a <{child}> element.");
        return default!;
    }
}
