using System.Globalization;
using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

public sealed class DateFunctionsTests
{
    private static readonly SourceSpan Span = new("test", 1, 1);
    private static readonly DateTime Sample = new DateTime(2016, 1, 5, 21, 22, 23).AddMilliseconds(24);

    [Fact]
    public void Now_reads_the_context_clock()
    {
        var context = new TemplateContext { TimeProvider = new FixedClock(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero)) };
        Assert.Equal(new DateTime(2026, 3, 4, 5, 6, 7), DateFunctions.UtcNow(context));
        Assert.Equal(2026, DateFunctions.Now(context).Year);
    }

    [Fact]
    public void Parse_keeps_the_written_clock_time()
    {
        var context = new TemplateContext();
        Assert.Equal(new DateTime(2016, 1, 5), DateFunctions.Parse(context, Span, "2016/01/05"));
        Assert.Equal(new DateTime(2018, 6, 17), DateFunctions.Parse(context, Span, "2018--06--17", "%Y--%m--%d"));
        Assert.Equal(new DateTime(2021, 11, 30, 9, 50, 23), DateFunctions.Parse(context, Span, "2021/11/30 09:50:23Z"));
        Assert.Equal(new DateTime(2022, 1, 20, 8, 32, 48), DateFunctions.Parse(context, Span, "20/01/2022 08:32:48 +00:00", culture: "en-GB"));
        Assert.Null(DateFunctions.Parse(context, Span, null));
        Assert.Null(DateFunctions.Parse(context, Span, "not a date"));
        Assert.Throws<TemplateException>(() => DateFunctions.Parse(context, Span, "2016", "%j"));
    }

    [Fact]
    public void Add_functions_shift_dates_and_keep_null()
    {
        var date = new DateTime(2016, 1, 5);
        Assert.Equal(new DateTime(2016, 1, 6), DateFunctions.AddDays(Span, date, 1));
        Assert.Equal(new DateTime(2016, 2, 5), DateFunctions.AddMonths(Span, date, 1));
        Assert.Equal(new DateTime(2017, 1, 5), DateFunctions.AddYears(Span, date, 1));
        Assert.Equal(date.AddHours(2), DateFunctions.AddHours(Span, date, 2));
        Assert.Equal(date.AddMinutes(3), DateFunctions.AddMinutes(Span, date, 3));
        Assert.Equal(date.AddSeconds(4), DateFunctions.AddSeconds(Span, date, 4));
        Assert.Equal(date.AddMilliseconds(5), DateFunctions.AddMilliseconds(Span, date, 5));
        Assert.Null(DateFunctions.AddDays(Span, null, 1));
        Assert.Throws<TemplateException>(() => DateFunctions.AddYears(Span, DateTime.MaxValue, 1));
    }

    [Theory]
    [InlineData("%g", " 05 Jan 2016")]
    [InlineData("%g%a", "Tue")]
    [InlineData("%g%A", "Tuesday")]
    [InlineData("%g%b", "Jan")]
    [InlineData("%g%B", "January")]
    [InlineData("%g%c", "Tue Jan 05 21:22:23 2016")]
    [InlineData("%g%C", "20")]
    [InlineData("%g%d", "05")]
    [InlineData("%g%D", "01/05/16")]
    [InlineData("%g%e", " 5")]
    [InlineData("%g%F", "2016-01-05")]
    [InlineData("%g%h", "Jan")]
    [InlineData("%g%H", "21")]
    [InlineData("%g%I", "09")]
    [InlineData("%g%j", "005")]
    [InlineData("%g%k", "21")]
    [InlineData("%g%l", " 9")]
    [InlineData("%g%L", "024")]
    [InlineData("%g%m", "01")]
    [InlineData("%g%M", "22")]
    [InlineData("%g%n", "\n")]
    [InlineData("%g%N", "024000000")]
    [InlineData("%g%p", "PM")]
    [InlineData("%g%P", "pm")]
    [InlineData("%g%r", "09:22:23 PM")]
    [InlineData("%g%R", "21:22")]
    [InlineData("%g%S", "23")]
    [InlineData("%g%t", "\t")]
    [InlineData("%g%T", "21:22:23")]
    [InlineData("%g%u", "2")]
    [InlineData("%g%U", "02")]
    [InlineData("%g%v", " 5-JAN-2016")]
    [InlineData("%g%V", "01")]
    [InlineData("%g%W", "02")]
    [InlineData("%g%w", "2")]
    [InlineData("%g%x", "01/05/2016")]
    [InlineData("%g%X", "21:22:23")]
    [InlineData("%g%y", "16")]
    [InlineData("%g%Y", "2016")]
    [InlineData("%g%%", "%")]
    public void To_string_formats_every_code_as_the_corpus(string pattern, string expected) =>
        Assert.Equal(expected, DateFunctions.ToString(new TemplateContext(), Span, Sample, pattern));

    [Fact]
    public void To_string_uses_the_given_culture()
    {
        var context = new TemplateContext();
        var date = new DateTime(2016, 1, 5);
        Assert.Equal("05 Jan 2016", DateFunctions.ToString(context, Span, date, "%d %b %Y"));
        Assert.Equal("05 janvier 2016", DateFunctions.ToString(context, Span, date, "%d %B %Y", "fr-FR"));
        Assert.Equal("05 Jan 2016", DateFunctions.ToString(context, Span, date));
        Assert.Null(DateFunctions.ToString(context, Span, null, "%g"));
    }

    [Fact]
    public void Parse_to_string_combines_input_and_output_patterns()
    {
        var context = new TemplateContext();
        Assert.Equal("2016--01--05", DateFunctions.ParseToString(context, Span, "2016/01/05", "%Y--%m--%d"));
        Assert.Equal("Mar 14, 16", DateFunctions.ParseToString(context, Span, "03 14, 2016", "%b %d, %y", inputPattern: "%m %d, %Y"));
        Assert.Equal("Mar 14, 16", DateFunctions.ParseToString(context, Span, "March 14, 2016", "%b %d, %y"));
        Assert.Equal("02:01:23 PM", DateFunctions.ParseToString(context, Span, "2025-01-01 14:01:23", "%r", inputPattern: "%Y-%m-%d %k:%M:%S"));
        Assert.Equal("2025-03-01", DateFunctions.ParseToString(context, Span, "03/01/2025 14:01:23", "%F", outputCulture: "en-GB", inputCulture: "en-US"));
        Assert.Equal("2025-09-22 19:10", DateFunctions.ParseToString(context, Span, "2025-09-22 19:10:00", "%Y-%m-%d %H:%M"));
    }

    [Fact]
    public void Strftime_parse_formats_quote_literals()
    {
        Assert.Equal("yyyy--MM--dd", StrftimeFormatter.ToParseFormat("%Y--%m--%d"));
        Assert.Equal("%d", StrftimeFormatter.ToParseFormat("%e"));
        Assert.Equal(@"\T HH", StrftimeFormatter.ToParseFormat("T %H"));
        Assert.Equal("2016", StrftimeFormatter.Format(new DateTime(2016, 1, 5), "%Y", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Date_format_is_assignable_per_context_and_used_to_print_dates()
    {
        var template = Template.Parse("{{ d = date.parse '2016/01/05' }}{{ d }}|{{ date.format = '%Y/%m' }}{{ d }}|{{ date.to_string d }}|{{ date.format }}");
        Assert.Equal("05 Jan 2016|2016/01|2016/01|%Y/%m", template.Render(new TemplateContext()));

        // Another context still prints with the default format: the shared module was not changed.
        var other = Template.Parse("{{ date.parse '2016/01/05' }}|{{ date.format }}");
        Assert.Equal("05 Jan 2016|%d %b %Y", other.Render(new TemplateContext()));
    }

    [Fact]
    public void Assigning_the_default_or_null_restores_the_default_format()
    {
        var template = Template.Parse("{{ d = date.parse '2016/01/05'; date.format = '%Y' }}{{ d }}|{{ date.format = date.default_format }}{{ d }}|{{ date.format = '%m'; date.format = null }}{{ d }}");
        Assert.Equal("2016|05 Jan 2016|05 Jan 2016", template.Render(new TemplateContext()));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
