namespace CcHc.Docs.Vietnamese;

/// <summary>Why a written word cannot be a Vietnamese syllable (<see cref="VietnameseSyllables.Check"/>).</summary>
public enum SyllableFault
{
    /// <summary>The word is a well-formed syllable.</summary>
    None,

    /// <summary>A letter or mark Vietnamese does not use (f, j, w, z, a diaeresis …).</summary>
    ForeignLetter,

    /// <summary>More than one tone mark ("hoàá").</summary>
    TwoTones,

    /// <summary>No onset and rhyme combine into a syllable ("thưong", "ngiep").</summary>
    Structure,

    /// <summary>
    /// A valid sound spelled with the wrong onset letter: k/gh/ngh go before i, y, e, ê and c/g/ng elsewhere
    /// ("kan", "ngiệp", "ghà").
    /// </summary>
    Spelling,

    /// <summary>A rhyme ending in c, ch, p or t carries the level, falling, hook or tilde tone ("chưc", "đươc").</summary>
    ToneOnStopCoda,

    /// <summary>The tone mark sits on the wrong vowel ("tóan", "qúa", "mưá").</summary>
    TonePlacement,
}
