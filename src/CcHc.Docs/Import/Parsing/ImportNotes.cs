namespace CcHc.Docs.Import.Parsing;

/// <summary>Collects the notes of one import in the order they are made; sorted by paragraph at the end.</summary>
internal sealed class ImportNotes
{
    private readonly List<ImportNote> notes = [];

    public void Recognised(int paragraph, string path, string message) =>
        notes.Add(new ImportNote(paragraph, ImportNoteKind.Recognised, path, message));

    public void Guess(int paragraph, string path, string message) =>
        notes.Add(new ImportNote(paragraph, ImportNoteKind.Guess, path, message));

    public void Change(int paragraph, string path, string message) =>
        notes.Add(new ImportNote(paragraph, ImportNoteKind.Change, path, message));

    public ImportReport ToReport() =>
        new(notes.Select((n, i) => (n, i)).OrderBy(x => x.n.Paragraph).ThenBy(x => x.i).Select(x => x.n).ToArray());
}
