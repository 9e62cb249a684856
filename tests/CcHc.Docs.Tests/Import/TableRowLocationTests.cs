using CcHc.Docs.Import;
using CcHc.Docs.Rendering;
using CcHc.Docs.Tests.Rendering;

namespace CcHc.Docs.Tests.Import;

/// <summary>A note about an appendix table row names the row's own paragraph (line), not the table's first plus the row index.</summary>
public class TableRowLocationTests
{
    [Fact]
    public void A_guess_in_a_text_table_names_the_line_of_the_row()
    {
        var text = string.Join('\n',
            "KẾ HOẠCH",                              // 1
            "Thử nghiệm đọc bảng",                   // 2
            "I. MỤC ĐÍCH, YÊU CẦU",                  // 3
            "- Bảo đảm đúng thời hạn.",              // 4
            "Trên đây là Kế hoạch thử nghiệm./.",    // 5
            "Nơi nhận:",                             // 6
            "- Lưu: VT.",                            // 7
            "CHỦ TỊCH",                              // 8
            "Nguyễn Văn An",                         // 9
            "Phụ lục",                               // 10
            "NHIỆM VỤ",                              // 11
            "STT\tNội dung\tCơ quan chủ trì",        // 12
            "1\tRà soát thủ tục\tVăn phòng",         // 13
            "",                                      // 14: a blank line between rows (a page break in the extraction)
            "\tcòn tiếp theo\t");                    // 15: no STT: continues row 13

        var result = PlanImporter.ImportText(text);

        var joined = Assert.Single(result.Report.Guesses, n => n.Message.Contains("nối vào dòng trên", StringComparison.Ordinal));
        Assert.Equal(15, joined.Paragraph);
        Assert.Equal("Rà soát thủ tục còn tiếp theo", result.Plan.Appendices[0].Tables[0].Tasks[0].Text);
    }

    [Fact]
    public void A_docx_table_row_starts_at_the_paragraph_Word_counts()
    {
        // Every row of the PAR plan's appendix tables: its recorded number is the paragraph of its first cell.
        using var stream = new MemoryStream(ExamplePlans.Docx("vinh-phong-par-sipas-papi-2026"));
        var source = CcHc.Docs.Import.Source.DocxSource.Read(stream);
        var tables = source.Blocks.OfType<CcHc.Docs.Import.Source.SourceTable>().Where(t => t.Rows.Count > 3).ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            Assert.Equal(table.Rows.Count, table.RowNumbers.Count);
            Assert.Equal(table.Number, table.RowNumbers[0]);
            for (var i = 1; i < table.Rows.Count; i++)
            {
                // One paragraph per cell in our writer's tables (a merged continuation cell still holds one).
                var previousRowParagraphs = table.Rows[i - 1].Count;
                Assert.Equal(table.RowNumbers[i - 1] + previousRowParagraphs, table.RowNumbers[i]);
            }
        }
    }
}
