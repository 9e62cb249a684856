namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// Text that is already in the output format (markup): printed as is, never passed to the
/// context's output encoder. Host functions return it to emit markup; <c>include</c> and
/// <c>capture</c> produce it when an encoder is set.
/// </summary>
/// <param name="Value">The markup.</param>
public sealed record EncodedText(string Value)
{
    /// <summary>Returns the markup.</summary>
    public override string ToString() => Value;
}
