namespace CcHc.Docs.Plans;

/// <summary>The marker of a bullet line.</summary>
public enum BulletStyle
{
    /// <summary>"- ": the first bullet level.</summary>
    Dash,

    /// <summary>"+ ": the level under a dash.</summary>
    Plus,
}
