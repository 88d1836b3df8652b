using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Persons;
using Minzheng.Platform.Registry.Search;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>The person and search rules, without web or database.</summary>
public sealed class RegistryRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DateOnly Birth = new(1980, 5, 20);

    private static readonly District District = new("district-a", "测试区", "500110",
    [
        new Town(TestDistricts.TownWansheng, "万盛街道", [new Village(TestDistricts.VillageOfWansheng, "万新社区")]),
        new Town(TestDistricts.TownDonglin, "东林街道", [new Village(TestDistricts.VillageOfDonglin, "东林社区")]),
    ], []);

    private static readonly OrgScope WholeDistrict = new(OrgLevel.District, "500110");

    private static RegisterPersonRequest Valid(string? idNumber = null) =>
        new(idNumber ?? SyntheticIds.IdNumberOf(Birth, 123), "张三", "汉族", "13812345678", "Rural", TestDistricts.VillageOfWansheng, "万新社区1号");

    [Fact]
    public void A_valid_registration_reads_the_id_number_and_accepts_chinese_words()
    {
        var errors = new FieldErrors();
        var result = PersonRules.CheckRegistration(Valid() with { HukouType = "农村", Ethnicity = "土家" }, District, WholeDistrict, Today, errors);
        Assert.True(!errors.HasErrors);
        Assert.Equal(Birth, result!.Value.IdNumber.BirthDate);
        Assert.Equal(HukouType.Rural, result.Value.Details.HukouType);
        Assert.Equal("土家族", result.Value.Details.Ethnicity);
    }

    [Fact]
    public void Every_wrong_field_is_named_at_once()
    {
        var errors = new FieldErrors();
        var request = new RegisterPersonRequest(SyntheticIds.WithWrongCheck(SyntheticIds.IdNumberOf(Birth, 123)), " ", "火星族", "12345", "1", "5001100040", null);
        Assert.Null(PersonRules.CheckRegistration(request, District, WholeDistrict, Today, errors));
        var fields = errors.Errors;
        Assert.Equal(["divisionCode", "ethnicity", "hukouType", "idNumber", "name", "phone"], fields.Keys.Order());
        Assert.Contains("校验位", fields["idNumber"][0]);
    }

    [Theory]
    [InlineData("<b>张三</b>", "住址", "姓名只能包含")]
    [InlineData("张\u0000三", "住址", "姓名不能含有控制字符")]
    [InlineData("\u202E三张", "住址", "姓名不能含有文字方向控制字符")]
    [InlineData("阿依古丽·买买提", "万盛\u200B街道", "住址不能含有零宽空格")]
    public void A_name_is_a_name_and_no_text_holds_controls_direction_overrides_or_invisible_characters(string name, string address, string says)
    {
        var errors = new FieldErrors();
        Assert.Null(PersonRules.CheckRegistration(Valid() with { Name = name, Address = address }, District, WholeDistrict, Today, errors));
        Assert.StartsWith(says, errors.Errors.Values.SelectMany(m => m).Single());
    }

    [Fact]
    public void A_village_must_exist_in_the_district_and_lie_in_the_callers_scope()
    {
        var wanshengClerk = new OrgScope(OrgLevel.Town, TestDistricts.TownWansheng);
        Assert.Null(PersonRules.CheckVillage(TestDistricts.VillageOfWansheng, District, wanshengClerk));
        Assert.Contains("管辖范围", PersonRules.CheckVillage(TestDistricts.VillageOfDonglin, District, wanshengClerk));
        Assert.Contains("没有代码", PersonRules.CheckVillage("500110004999", District, WholeDistrict));
        Assert.Contains("12位", PersonRules.CheckVillage(TestDistricts.TownWansheng, District, WholeDistrict));
    }

    [Fact]
    public void A_death_is_dated_between_birth_and_today_and_recorded_once()
    {
        Assert.Equal((null, null), PersonRules.CheckStatusChange(ResidentStatus.Alive, Birth, ResidentStatus.Deceased, Today, Today));
        Assert.Contains("晚于今天", PersonRules.CheckStatusChange(ResidentStatus.Alive, Birth, ResidentStatus.Deceased, Today.AddDays(1), Today).DateError);
        Assert.Contains("早于出生日期", PersonRules.CheckStatusChange(ResidentStatus.Alive, Birth, ResidentStatus.Deceased, Birth.AddDays(-1), Today).DateError);
        Assert.NotNull(PersonRules.CheckStatusChange(ResidentStatus.Alive, Birth, ResidentStatus.MovedOut, null, Today).DateError);
        Assert.NotNull(PersonRules.CheckStatusChange(ResidentStatus.Deceased, Birth, ResidentStatus.MovedOut, Today, Today).Conflict);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Martian")]
    [InlineData("")]
    public void Numbers_and_unknown_words_are_not_choices(string input) =>
        Assert.False(Choices.TryParse<HukouType>(input, Choices.Hukou, out _));

    [Fact]
    public void A_search_refuses_partial_id_numbers_bad_divisions_sorts_and_page_sizes()
    {
        var errors = new FieldErrors();
        Assert.Null(SearchRules.Check(new PersonSearchQuery(null, "1234", "5001100", "活着", 0, 101, "age", null), Today, errors));
        Assert.Equal(["division", "idNumber", "page", "pageSize", "sort", "status"], errors.Errors.Keys.Order());

        var ok = SearchRules.Check(new PersonSearchQuery(" 张 ", null, TestDistricts.TownWansheng, "死亡", null, null, "birthDate", true), Today, new FieldErrors());
        Assert.Equal(new PersonSearch("张", null, TestDistricts.TownWansheng, ResidentStatus.Deceased, 1, 20, PersonSort.BirthDate, true), ok);
    }
}
