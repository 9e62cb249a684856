using System.Globalization;

namespace CcHc.Docs.Cli.Output;

/// <summary>
/// Reports progress through many plans. On a terminal a status line (<c>[3/10] ████░░ plan.yaml</c>) is
/// redrawn in place under the finished lines; when output is redirected only plain lines are printed,
/// one per finished plan, so logs and scripts read them easily.
/// </summary>
internal sealed class ProgressDisplay(TextWriter output, bool interactive, int total)
{
    private const int BarWidth = 20;
    private readonly bool _redraw = interactive && total > 1;
    private int _done;
    private int _statusWidth;

    /// <summary>Shows that <paramref name="item"/> is being worked on (terminal only).</summary>
    public void Starting(string item)
    {
        if (!_redraw)
        {
            return;
        }
        var filled = BarWidth * _done / total;
        var status = string.Create(CultureInfo.InvariantCulture,
            $"[{_done + 1}/{total}] {new string('█', filled)}{new string('░', BarWidth - filled)} {item}");
        Clear();
        output.Write(status);
        output.Flush();
        _statusWidth = status.Length;
    }

    /// <summary>Prints a finished line (<c>plan.yaml → plan.docx</c>) and counts the item done.</summary>
    public void Finished(string line)
    {
        Clear();
        output.WriteLine(line);
        _done++;
    }

    /// <summary>Counts an item that failed (its errors are printed elsewhere) and clears the status line.</summary>
    public void Failed()
    {
        Clear();
        _done++;
    }

    /// <summary>Erases the status line, if one is shown, so other text can be printed.</summary>
    public void Clear()
    {
        if (_statusWidth == 0)
        {
            return;
        }
        output.Write('\r' + new string(' ', _statusWidth) + '\r');
        output.Flush();
        _statusWidth = 0;
    }
}
