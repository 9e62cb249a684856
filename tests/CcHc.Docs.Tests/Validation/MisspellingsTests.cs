using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Validation;

public sealed class MisspellingsTests
{
    public static TheoryData<int> Entries()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Misspellings.All.Count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void The_correct_use_of_each_entry_is_not_flagged(int index)
    {
        var entry = Misspellings.All[index];

        Assert.False(entry.Regex.IsMatch(entry.CorrectUse), $"{entry.Pattern} matches \"{entry.CorrectUse}\"");
    }

    [Theory]
    [InlineData("Phần đầu đạt các chỉ tiêu", "Phần đầu")]
    [InlineData("Phân đầu hoàn thành 100% nhiệm vụ", "Phân đầu")]
    [InlineData("Phần đầu 95% thủ tục hành chính được giải quyết đúng hạn", "Phần đầu")]
    [InlineData("phần đầu 03 đơn vị đạt chuẩn", "phần đầu")]
    [InlineData("Phần đầu 99,5% hồ sơ trực tuyến", "Phần đầu")]
    [InlineData("phân đầu tỷ lệ giảm chi", "phân đầu")]
    [InlineData("Phân đấu có thêm 01 đơn vị", "Phân đấu")]
    [InlineData("các cơ quan phân đấu thực hiện", "phân đấu")]
    [InlineData("Trường các khu phố tuyên truyền", "Trường các ")]
    [InlineData("Trường các ấp, thôn", "Trường các ")]
    [InlineData("tại Bộ phận Một cửa và Công Dịch vụ công quốc gia", "Công ")]
    [InlineData("lực lượng dân quốc tự vệ", "dân quốc tự vệ")]
    [InlineData("công tác tuyên, chọn và gọi công dân nhập ngũ", "tuyên, chọn")]
    [InlineData("sử lý nghiêm vi phạm", "sử lý")]
    public void Each_wrong_form_is_found(string text, string wrong)
    {
        var found = Misspellings.All.SelectMany(e => e.Regex.Matches(text)).Select(m => m.Value).ToList();

        Assert.Equal([wrong], found);
    }
}
