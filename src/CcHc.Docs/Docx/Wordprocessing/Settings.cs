using System.Xml;

namespace CcHc.Docs.Docx.Wordprocessing;

// The settings part (w:settings).

/// <summary>w:settings, the root of settings.xml.</summary>
internal sealed class Settings : WordElement
{
    public Settings(params WordElement[] children)
        : base("settings") => Append(children);
}

/// <summary>w:zoom.</summary>
internal sealed class Zoom() : WordElement("zoom")
{
    public string? Percent { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "percent", Percent);
}

/// <summary>w:defaultTabStop (twips).</summary>
internal sealed class DefaultTabStop() : WordElement("defaultTabStop")
{
    public int? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:characterSpacingControl.</summary>
internal sealed class CharacterSpacingControl() : WordElement("characterSpacingControl")
{
    public CharacterSpacingValues? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml) => Attribute(xml, "val", Val);
}

/// <summary>w:compat.</summary>
internal sealed class Compatibility : WordElement
{
    public Compatibility(params WordElement[] children)
        : base("compat") => Append(children);
}

/// <summary>w:compatSetting.</summary>
internal sealed class CompatibilitySetting() : WordElement("compatSetting")
{
    public CompatSettingNameValues? Name { get; set; }

    public string? Uri { get; set; }

    public string? Val { get; set; }

    protected override void WriteAttributes(XmlWriter xml)
    {
        Attribute(xml, "name", Name);
        Attribute(xml, "uri", Uri);
        Attribute(xml, "val", Val);
    }
}
