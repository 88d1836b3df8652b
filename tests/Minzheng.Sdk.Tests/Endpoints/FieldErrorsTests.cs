using Microsoft.AspNetCore.Http;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Sdk.Tests.Endpoints;

public sealed class FieldErrorsTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void Every_mistake_of_a_request_is_collected_by_field()
    {
        var errors = new FieldErrors();
        errors.Text("name", "  ", "姓名", 50);
        errors.IdNumber("idNumber", "500110198001011235", Today);
        errors.Add("name", "另一条");
        Assert.True(errors.HasErrors);
        Assert.Equal(["请填写姓名", "另一条"], errors.Errors["name"]);
        Assert.Single(errors.Errors["idNumber"]);
    }

    [Fact]
    public void Text_is_trimmed_and_too_long_text_is_refused()
    {
        var errors = new FieldErrors();
        Assert.Equal("张三", errors.Text("name", " 张三 ", "姓名", 50));
        Assert.False(errors.HasErrors);
        errors.Text("name", new string('字', 51), "姓名", 50);
        Assert.Equal(["姓名不能超过50个字"], errors.Errors["name"]);
    }

    [Fact]
    public void Optional_text_may_be_empty()
    {
        var errors = new FieldErrors();
        Assert.Equal("", errors.Text("note", null, "备注", 200, required: false));
        Assert.False(errors.HasErrors);
    }

    [Fact]
    public void A_valid_id_number_is_parsed()
    {
        var errors = new FieldErrors();
        var id = errors.IdNumber("idNumber", "11010519491231002X", Today);
        Assert.False(errors.HasErrors);
        Assert.Equal("11010519491231002X", id.Value);
    }

    [Fact]
    public void The_problem_is_a_400_with_every_field()
    {
        var errors = new FieldErrors();
        errors.Add("a", "x");
        errors.Add("b", "y");
        var problem = errors.ToProblem();
        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.Equal(["a", "b"], problem.ProblemDetails.Errors.Keys.Order());
    }

    [Fact]
    public void Asking_for_a_problem_without_errors_is_a_bug() => Assert.Throws<InvalidOperationException>(() => new FieldErrors().ToProblem());
}
