namespace CcHc.Docs.Templating.Runtime;

/// <summary>The special <c>for</c>/<c>while</c>/<c>tablerow</c> loop object: index, first, last, even, odd, changed…</summary>
internal sealed class LoopState
{
    public LoopState(bool isWhile) => IsWhile = isWhile;

    public bool IsWhile { get; }

    public int Index;
    public int Length;
    public bool Changed;
    public int Col;
    public int Row;

    public bool TryGet(string name, out object? value)
    {
        switch (name)
        {
            case "index": value = Index; return true;
            case "first": value = Index == 0; return true;
            case "even": value = (Index & 1) == 0; return true;
            case "odd": value = (Index & 1) == 1; return true;
            case "last" when !IsWhile: value = Index == Length - 1; return true;
            case "rindex" when !IsWhile: value = Length - Index - 1; return true;
            case "length" when !IsWhile: value = Length; return true;
            case "changed" when !IsWhile: value = Changed; return true;
            case "col": value = Col; return true;
            case "col0": value = Col - 1; return true;
            case "row": value = Row; return true;
            default: value = null; return false;
        }
    }

    /// <summary>Members a template may read on <c>for</c>; anything else is a parse error.</summary>
    public static bool IsForMember(string name) => name is "index" or "first" or "last" or "even" or "odd" or "changed" or "rindex" or "length" or "col" or "col0" or "row";

    /// <summary>Members a template may read on <c>while</c>.</summary>
    public static bool IsWhileMember(string name) => name is "index" or "first" or "even" or "odd";
}
