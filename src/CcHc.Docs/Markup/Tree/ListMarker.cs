namespace CcHc.Docs.Markup.Tree;

/// <summary>How a list item or numbered paragraph is introduced.</summary>
public enum ListMarker
{
    /// <summary>"- " (gạch đầu dòng).</summary>
    Dash,

    /// <summary>"+ " (the level below a dash).</summary>
    Plus,

    /// <summary>The item's own label, e.g. "a)" or "1." (a điểm or a khoản without title).</summary>
    Label,
}
