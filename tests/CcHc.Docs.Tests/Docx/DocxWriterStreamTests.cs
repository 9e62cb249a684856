using System.IO.Compression;
using CcHc.Docs.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using M = CcHc.Docs.Markup.Tree;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Docx;

/// <summary>
/// The package is written in one pass straight to the caller's stream, with the body streamed row by
/// row: its layout must be fixed, every kind of stream must receive the same bytes, a failure must
/// leave the stream as it was, and a very long table must come out whole and valid.
/// </summary>
public class DocxWriterStreamTests
{
    private static readonly string[] PartOrder =
    [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/settings.xml",
        "word/header1.xml",
        "word/header2.xml",
    ];

    [Fact]
    public void Parts_come_in_a_fixed_order_content_types_first_all_stamped_with_the_zip_epoch()
    {
        using var zip = new ZipArchive(new MemoryStream(SampleDocument.Docx(FormattingProfile.Body14)), ZipArchiveMode.Read);

        Assert.Equal(PartOrder, zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.All(zip.Entries, e => Assert.True(e.CompressedLength < e.Length, $"{e.FullName} is not deflated"));
    }

    [Fact]
    public void A_non_seekable_stream_receives_the_same_bytes_as_WriteToArray()
    {
        var expected = new DocxWriter().WriteToArray(SampleDocument.Markup);
        using var target = new MemoryStream();

        new DocxWriter().Write(SampleDocument.Markup, new ForwardOnlyStream(target));

        Assert.Equal(expected, target.ToArray());
    }

    [Fact]
    public void A_stream_that_already_holds_data_keeps_it_and_receives_the_same_package_after_it()
    {
        var expected = new DocxWriter().WriteToArray(SampleDocument.Markup);
        byte[] prefix = [1, 2, 3, 4, 5];
        using var target = new MemoryStream();
        target.Write(prefix);

        new DocxWriter().Write(SampleDocument.Markup, target);

        var written = target.ToArray();
        Assert.Equal(prefix, written[..prefix.Length]);
        Assert.Equal(expected, written[prefix.Length..]);
    }

    [Fact]
    public void A_failure_deep_in_a_long_table_leaves_an_empty_stream_empty()
    {
        // 3,000 good rows stream out before the bad one is reached.
        var rows = Enumerable.Range(1, 3_000).Select(i => TaskRow(i)).Append(new M.TableRow([Cell("only one cell")]));
        var tree = new M.MarkupDocument([new M.MarkupSection([Table(rows)])]);
        using var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => new DocxWriter().Write(tree, output));

        Assert.Contains("Table row 3001", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
        Assert.Equal(0, output.Position);
    }

    [Fact]
    public void A_non_seekable_stream_receives_nothing_when_the_tree_is_inconsistent()
    {
        var rows = new[] { TaskRow(1), new M.TableRow([Cell("a"), Cell("b"), Cell("c"), Cell("d")]) };
        var tree = new M.MarkupDocument([new M.MarkupSection([Table(rows)])]);
        using var target = new MemoryStream();

        Assert.Throws<ArgumentException>(() => new DocxWriter().Write(tree, new ForwardOnlyStream(target)));

        Assert.Equal(0, target.Length);
    }

    [Fact]
    public void A_table_of_10000_rows_is_valid_complete_and_the_same_bytes_every_time()
    {
        var tree = LongTable(10_000);

        var first = new DocxWriter().WriteToArray(tree);
        var second = new DocxWriter().WriteToArray(tree);

        Assert.Equal(first, second);
        using var document = WordprocessingDocument.Open(new MemoryStream(first), false);
        var errors = new OpenXmlValidator().Validate(document).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Single().Elements<W.TableRow>().ToList();
        Assert.Equal(10_001, rows.Count);

        // The last rows made it out whole: the last group row (spanning five columns), a task row whose
        // deadline cell continues the one above, and the last task row with the table's 12-pt size.
        var group = rows[^50].Elements<W.TableCell>().ToList();
        Assert.Equal(2, group.Count);
        Assert.Equal(5, group[1].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal("Nhóm 200", group[1].InnerText);
        var covered = rows[^2].Elements<W.TableCell>().ToList();
        Assert.Equal(6, covered.Count);
        Assert.Equal(MergedCellValues.Continue, covered[5].TableCellProperties!.VerticalMerge!.Val!.Value);
        var last = rows[^1].Elements<W.TableCell>().ToList();
        Assert.Equal(6, last.Count);
        Assert.Equal("9800", last[0].InnerText);
        Assert.Equal("24", last[1].Descendants<Run>().First().RunProperties!.FontSize!.Val!.Value);
    }

    /// <summary>A header row, then groups of one group row and 49 task rows; each pair of task rows shares a deadline cell (row span 2).</summary>
    private static M.MarkupDocument LongTable(int taskAndGroupRows)
    {
        var header = new M.TableRow(
            new[] { "STT", "Nhiệm vụ", "Sản phẩm", "Chủ trì", "Phối hợp", "Thời gian" }.Select(h => Cell(h)),
            M.TableRowKind.Header);
        var rows = new List<M.TableRow> { header };
        var task = 0;
        for (var printed = 1; printed <= taskAndGroupRows; printed++)
        {
            var place = printed % 50;
            if (place == 1)
            {
                rows.Add(new M.TableRow([Cell("G"), Cell("Nhóm " + (printed / 50 + 1), span: 5)], M.TableRowKind.Group));
            }
            else if (place % 2 == 1)
            {
                rows.Add(TaskRowWithoutDeadline(++task)); // covered by the deadline of the row above
            }
            else
            {
                var lastOfGroup = place == 0 || printed == taskAndGroupRows;
                rows.Add(TaskRow(++task, deadlineRows: lastOfGroup ? 1 : 2));
            }
        }

        var table = new M.TableBlock(Columns(), rows, fontSize: 12);
        return new M.MarkupDocument([new M.MarkupSection([table], M.PageOrientation.Landscape)]);
    }

    private static M.TableBlock Table(IEnumerable<M.TableRow> rows) => new(Columns(), rows);

    private static M.TableColumn[] Columns() =>
    [
        new(M.ColumnWidth.Millimetres(12), M.CellAlignment.Center),
        new(M.ColumnWidth.Relative(1), M.CellAlignment.Justify),
        new(M.ColumnWidth.Millimetres(40)),
        new(M.ColumnWidth.Millimetres(35)),
        new(M.ColumnWidth.Millimetres(40)),
        new(M.ColumnWidth.Millimetres(30), M.CellAlignment.Center),
    ];

    private static M.TableRow TaskRow(int number, int deadlineRows = 1) =>
        new([.. TaskCells(number), Cell("Quý " + (number % 4 + 1), rowSpan: deadlineRows, vertical: M.CellVerticalAlignment.Center)]);

    private static M.TableRow TaskRowWithoutDeadline(int number) => new(TaskCells(number));

    private static M.TableCell[] TaskCells(int number) =>
    [
        Cell(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new([new M.ParagraphBlock([new M.TextSpan("Nhiệm vụ " + number + ": "), new M.TextSpan("kiểm tra", bold: true), M.LineBreak.Instance, new M.TextSpan(" đôn đốc ", italic: true)])]),
        Cell("Báo cáo"),
        new([new M.ListItemBlock(M.ListMarker.Dash, null, [new M.TextSpan("Phòng Văn hóa - Xã hội")])], bold: true),
        Cell("Các cơ quan, đơn vị có liên quan"),
    ];

    private static M.TableCell Cell(string text, int span = 1, int rowSpan = 1, M.CellVerticalAlignment vertical = M.CellVerticalAlignment.Top) =>
        new([new M.ParagraphBlock([new M.TextSpan(text)])], span, rowSpan, verticalAlignment: vertical);

    /// <summary>A stream that can only be written forwards, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
