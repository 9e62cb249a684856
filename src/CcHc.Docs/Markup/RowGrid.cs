namespace CcHc.Docs.Markup;

/// <summary>
/// Tracks which grid columns are still covered by row spans from rows above, so cells can be
/// placed HTML-style (covered positions are skipped) and each row checked for completeness.
/// </summary>
internal sealed class RowGrid(int columnCount)
{
    private readonly int[] _coveredRows = new int[columnCount];
    private readonly bool[] _usedThisRow = new bool[columnCount];

    public int ColumnCount { get; } = columnCount;

    public int FreeColumns { get; private set; } = columnCount;

    public bool PendingRowSpan => Array.Exists(_coveredRows, rows => rows > 0);

    public void StartRow()
    {
        FreeColumns = ColumnCount;
        for (var i = 0; i < ColumnCount; i++)
        {
            _usedThisRow[i] = _coveredRows[i] > 0;
            if (_coveredRows[i] > 0)
            {
                _coveredRows[i]--;
                FreeColumns--;
            }
        }
    }

    /// <summary>Places a cell at the first free column and returns that column; -1 when it does not fit.</summary>
    public int Place(int columnSpan, int rowSpan)
    {
        var start = Array.IndexOf(_usedThisRow, false);
        if (start < 0 || start + columnSpan > ColumnCount)
        {
            return -1;
        }

        for (var i = start; i < start + columnSpan; i++)
        {
            if (_usedThisRow[i])
            {
                return -1;
            }

            _usedThisRow[i] = true;
            FreeColumns--;
            _coveredRows[i] = rowSpan - 1;
        }

        return start;
    }
}
