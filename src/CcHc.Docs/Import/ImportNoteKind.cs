namespace CcHc.Docs.Import;

/// <summary>What an import note says about a source paragraph.</summary>
public enum ImportNoteKind
{
    /// <summary>The paragraph was recognised as a part of the plan (letterhead, căn cứ, section …).</summary>
    Recognised,

    /// <summary>The importer had to guess: check the value it chose.</summary>
    Guess,

    /// <summary>A change the importer made on request (moving the plan to another year).</summary>
    Change,
}
