namespace CcHc.Docs.Tests.Import;

public class WordSimilarityTests
{
    [Fact]
    public void Equal_texts_score_one_and_disjoint_texts_zero()
    {
        Assert.Equal(1.0, WordSimilarity.Ratio("Kế hoạch năm 2026", "Kế  hoạch\nnăm 2026"));
        Assert.Equal(0.0, WordSimilarity.Ratio("một hai", "ba bốn"));
    }

    [Fact]
    public void Ratio_is_difflib_sequence_matcher_ratio_on_words()
    {
        // difflib.SequenceMatcher(None, "a b c d".split(), "a x c d".split()).ratio() == 0.75
        Assert.Equal(0.75, WordSimilarity.Ratio("a b c d", "a x c d"));
        // Matching blocks of "a b c d e" / "c d e a b": longest run "c d e" first, then nothing left of it
        // on both sides — difflib gives 2·3/10 = 0.6, not the LCS 2·3/10 either way; a swap costs.
        Assert.Equal(0.6, WordSimilarity.Ratio("a b c d e", "c d e a b"));
    }

    [Fact]
    public void Decomposed_and_precomposed_letters_are_the_same_word()
    {
        Assert.Equal(1.0, WordSimilarity.Ratio("Vi\u1EC7t", "Vie\u0323\u0302t"));
    }
}
