using CcHc.Docs.Templating.Functions;
using CcHc.Docs.Templating.Runtime;

namespace CcHc.Docs.Templating.Tests.Functions;

public sealed class MathFunctionsTests
{
    private static readonly SourceSpan Span = new("test", 1, 1);

    [Fact]
    public void Abs_keeps_the_number_type()
    {
        Assert.Equal(15.5, MathFunctions.Abs(-15.5));
        Assert.Equal(5, MathFunctions.Abs(-5));
        Assert.Equal(2147483648L, MathFunctions.Abs(int.MinValue));
        Assert.Null(MathFunctions.Abs("x"));
    }

    [Fact]
    public void Ceil_floor_and_round()
    {
        Assert.Equal(5.0, MathFunctions.Ceil(4.6));
        Assert.Equal(5.0, MathFunctions.Ceil(4.3));
        Assert.Equal(4.0, MathFunctions.Floor(4.6));
        Assert.Equal(5.0, MathFunctions.Round(4.6));
        Assert.Equal(4.0, MathFunctions.Round(4.3));
        Assert.Equal(4.56, MathFunctions.Round(4.5612, 2));
        Assert.Equal(7, MathFunctions.Round(7));
        Assert.Null(MathFunctions.Floor(null));
    }

    [Fact]
    public void Divided_by_floors_when_the_divisor_is_an_integer()
    {
        Assert.Equal(4.2, (double)MathFunctions.DividedBy(Span, 8.4, 2.0)!, 10);
        Assert.Equal(4, MathFunctions.DividedBy(Span, 8.4, 2));
        Assert.Equal(3, MathFunctions.DividedBy(Span, 7, 2));
        Assert.Equal(3.5, MathFunctions.DividedBy(Span, 7, 2.0));
        Assert.Null(MathFunctions.DividedBy(Span, 1, null));
        var error = Assert.Throws<TemplateException>(() => MathFunctions.DividedBy(Span, 1, 0));
        Assert.Contains("divide by zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arithmetic_widens_on_overflow_and_propagates_null()
    {
        Assert.Equal(3, MathFunctions.Plus(Span, 1, 2));
        Assert.Equal(250, MathFunctions.Minus(Span, 255, 5));
        Assert.Equal(6, MathFunctions.Times(Span, 2, 3));
        Assert.Equal(1, MathFunctions.Modulo(Span, 11, 10));
        Assert.Equal(2147483648L, MathFunctions.Plus(Span, int.MaxValue, 1));
        Assert.Equal(3.5, MathFunctions.Plus(Span, 1, 2.5));
        Assert.Equal(3.5m, MathFunctions.Plus(Span, 1, 2.5m));
        Assert.Null(MathFunctions.Plus(Span, null, 1));
        Assert.Null(MathFunctions.Times(Span, 1, null));
        Assert.Throws<TemplateException>(() => MathFunctions.Modulo(Span, 1, 0));
        Assert.Throws<TemplateException>(() => MathFunctions.Plus(Span, true, 1));
    }

    [Fact]
    public void Format_uses_dotnet_numeric_formats_and_cultures()
    {
        var context = new TemplateContext();
        Assert.Equal("00FF", MathFunctions.Format(context, Span, 255, "X4"));
        Assert.Equal("4.24", MathFunctions.Format(context, Span, 4.2435, "0.##"));
        Assert.Equal("1,523.00", ObjectFunctions.Format(context, Span, 1523, "N2", "en-US"));
        Assert.Equal("1.523,00", ObjectFunctions.Format(context, Span, 1523, "N2", "vi-VN"));
        Assert.Throws<TemplateException>(() => ObjectFunctions.Format(context, Span, 1, "N2", "xx-NOPE-1"));
    }

    [Fact]
    public void Is_number_uuid_and_random()
    {
        Assert.True(MathFunctions.IsNumber(255));
        Assert.True(MathFunctions.IsNumber(4.5));
        Assert.False(MathFunctions.IsNumber("yo"));
        Assert.False(MathFunctions.IsNumber(null));
        Assert.True(Guid.TryParse(MathFunctions.Uuid(), out _));
        var value = MathFunctions.Random(Span, 1, 10);
        Assert.InRange(value, 1, 9);
        Assert.Throws<TemplateException>(() => MathFunctions.Random(Span, 10, 1));
    }
}
