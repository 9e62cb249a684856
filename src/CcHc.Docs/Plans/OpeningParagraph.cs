namespace CcHc.Docs.Plans;

/// <summary>
/// A printed paragraph of the opening: căn cứ lines, the "Thực hiện" sentence and the preamble, as the plan
/// groups them. <see cref="IsBasis"/> when it starts with a căn cứ (printed in the căn cứ style).
/// </summary>
internal sealed record OpeningParagraph(bool IsBasis, string Text);
