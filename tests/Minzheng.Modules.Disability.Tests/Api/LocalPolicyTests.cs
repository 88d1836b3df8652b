using System.Net;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

/// <summary>A district that extends both subsidies and pays its own amounts, from configuration.</summary>
public sealed class ExtendedPolicyHost : IAsyncLifetime
{
    public DisabilityHost Inner { get; } = new();

    public Task InitializeAsync()
    {
        Inner.Settings["Modules:disability:LivingExtendsToLowIncome"] = "true";
        Inner.Settings["Modules:disability:CareExtendsToGrade3And4IntellectualMental"] = "true";
        Inner.Settings["Modules:disability:NoticeDays"] = "3";
        Inner.Settings["Modules:disability:Rates:0:From"] = "2026-01-01";
        Inner.Settings["Modules:disability:Rates:0:Living"] = "150";
        Inner.Settings["Modules:disability:Rates:0:CareGrade1"] = "160";
        Inner.Settings["Modules:disability:Rates:0:CareGrade2"] = "140";
        Inner.Settings["Modules:disability:Rates:0:CareGrade3"] = "90";
        return Inner.InitializeAsync();
    }

    public Task DisposeAsync() => Inner.DisposeAsync();
}

public sealed class LocalPolicyTests(ExtendedPolicyHost fixture) : IClassFixture<ExtendedPolicyHost>
{
    private DisabilityHost Host => fixture.Inner;

    [Fact]
    public async Task Configured_extensions_admit_low_income_households_and_grade_3_intellectual_disability_at_configured_amounts()
    {
        var (_, nearDibao) = await Host.PersonAsync(dibao: false, welfare: "低保边缘");
        var living = await Host.ApprovedAsync(nearDibao);
        Assert.Equal(150m, living.GetProperty("monthlyAmount").GetDecimal());

        var (_, intellectual) = await Host.PersonAsync(category: "智力", grade: 3, dibao: false);
        var care = await Host.ApprovedAsync(intellectual, "care");
        Assert.Equal(90m, care.GetProperty("monthlyAmount").GetDecimal());

        var (_, physical3) = await Host.PersonAsync(category: "肢体", grade: 3, dibao: false);
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Client(Staff.VillageClerk).ApplyAsync(physical3, "care")).StatusCode);
    }

    [Fact]
    public async Task The_notice_period_is_configured()
    {
        var (_, idNumber) = await Host.PersonAsync();
        var created = await (await Host.Client(Staff.VillageClerk).ApplyAsync(idNumber)).JsonAsync(HttpStatusCode.Created);
        var reviewed = await (await Host.Client(Staff.TownClerk).PostAsync($"/api/disability/applications/{created.Id()}/review/pass/1",
            System.Net.Http.Json.JsonContent.Create(new { }))).JsonAsync();
        Assert.Equal(Host.Today.AddDays(3).ToString("yyyy-MM-dd"), reviewed.GetProperty("noticeEndsOn").GetString());
    }
}
