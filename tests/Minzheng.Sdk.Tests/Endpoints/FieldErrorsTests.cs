using Microsoft.AspNetCore.Http;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

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

    [Fact]
    public void A_village_of_the_district_inside_the_callers_scope_is_taken()
    {
        var errors = new FieldErrors();
        var town = new OrgScope(OrgLevel.Town, "500110001");
        Assert.Equal("500110001001", errors.Division("divisionCode", " 500110001001 ", "村（居）", Divisions.Instance, town));
        Assert.False(errors.HasErrors);
    }

    [Theory]
    [InlineData("", false, "请选择村（居）")]
    [InlineData("500110999001", false, "本区没有这个村（居）")]
    [InlineData("500110001", false, "本区没有这个村（居）")]
    [InlineData("500110002001", false, "村（居）不在您的辖区内")]
    [InlineData("500110002", true, "村（居）不在您的辖区内")]
    [InlineData("5001100010", true, "本区没有这个镇街或村（居）")]
    public void A_missing_unknown_or_out_of_scope_division_is_refused(string code, bool townAllowed, string message)
    {
        var errors = new FieldErrors();
        errors.Division("divisionCode", code, "村（居）", Divisions.Instance, new OrgScope(OrgLevel.Town, "500110001"), townAllowed);
        Assert.Equal([message], errors.Errors["divisionCode"]);
    }

    [Fact]
    public void A_town_is_taken_where_the_form_allows_one()
    {
        var errors = new FieldErrors();
        Assert.Equal("500110001", errors.Division("divisionCode", "500110001", "镇街", Divisions.Instance, new OrgScope(OrgLevel.District, "500110"), townAllowed: true));
        Assert.False(errors.HasErrors);
    }

    /// <summary>Two towns with one village each: what the check asks of the district's divisions.</summary>
    private sealed class Divisions : IDivisionNames
    {
        public static readonly Divisions Instance = new();
        private static readonly Dictionary<string, string> Names = new()
        {
            ["500110001"] = "甲镇",
            ["500110001001"] = "甲村",
            ["500110002"] = "乙镇",
            ["500110002001"] = "乙村",
        };

        public string DistrictName => "测试区";

        public string? NameOf(string? divisionCode) => divisionCode is not null && Names.TryGetValue(divisionCode, out var name) ? name : null;

        public IReadOnlyList<string> TownsWithin(OrgScope scope) => [.. Names.Keys.Where(code => code.Length == 9 && scope.Contains(code))];
    }
}
