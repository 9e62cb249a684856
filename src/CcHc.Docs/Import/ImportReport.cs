namespace CcHc.Docs.Import;

/// <summary>
/// What the importer recognised and where it guessed, in source order. Every guess names its
/// paragraph, so a user can check the plan against the original before rendering it.
/// </summary>
public sealed class ImportReport
{
    internal ImportReport(IReadOnlyList<ImportNote> notes)
    {
        Notes = notes;
    }

    /// <summary>All notes in source order.</summary>
    public IReadOnlyList<ImportNote> Notes { get; }

    /// <summary>The notes that ask the user to check a value.</summary>
    public IEnumerable<ImportNote> Guesses => Notes.Where(n => n.Kind == ImportNoteKind.Guess);

    /// <summary>The changes made when the plan was moved to another year.</summary>
    public IEnumerable<ImportNote> Changes => Notes.Where(n => n.Kind == ImportNoteKind.Change);

    /// <summary>The report, one note per line.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Notes);
}
