using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>Activities: sign-up refused by the rule it breaks, the desk's attendance, and the QR check-in with no account.</summary>
public sealed class ActivityTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    [Fact]
    public async Task A_sign_up_is_refused_for_a_minor_an_activity_not_suited_a_full_position_and_a_second_sign_up()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var activity = await clerk.NewActivityAsync(host.Clock.GetUtcNow().AddDays(2), wanted: 1);
        var minor = await (await clerk.RegisterAsync("小明", idNumber: SyntheticIds.IdNumberBorn(new DateOnly(2014, 1, 1)), guardianName: "明父", consent: true))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Contains("不适合未成年人", (await clerk.SignUpAsync(activity, minor, HttpStatusCode.Conflict)).Text("detail"));

        var adult = await clerk.NewVolunteerAsync();
        var signed = await clerk.SignUpAsync(activity, adult);
        Assert.Equal(1, signed.GetProperty("positions")[0].GetProperty("taken").GetInt32());
        Assert.Contains("不能重复报名", (await clerk.SignUpAsync(activity, adult, HttpStatusCode.Conflict)).Text("detail"));
        Assert.Contains("已报满", (await clerk.SignUpAsync(activity, await clerk.NewVolunteerAsync(), HttpStatusCode.Conflict)).Text("detail"));

        // Cancelling frees the place; the cancelled sign-up is kept.
        var cancelled = await (await clerk.PostAsync($"/api/volunteer/activities/{activity.Id()}/sign-ups/{signed.SignUpId(adult)}/cancel", null)).JsonAsync();
        Assert.Equal("cancelled", cancelled.GetProperty("signUps")[0].Text("status"));
        Assert.Equal(0, cancelled.GetProperty("positions")[0].GetProperty("taken").GetInt32());

        var forMinors = await clerk.NewActivityAsync(host.Clock.GetUtcNow().AddDays(2), minors: true, minimumAge: 14);
        Assert.Contains("要求年满14周岁", (await clerk.SignUpAsync(forMinors, minor, HttpStatusCode.Conflict)).Text("detail"));
        var open = await clerk.NewActivityAsync(host.Clock.GetUtcNow().AddDays(2), minors: true);
        await clerk.SignUpAsync(open, minor);
    }

    [Fact]
    public async Task Staff_check_in_and_out_at_the_desk_and_a_second_check_in_is_refused()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var activity = await clerk.NewActivityAsync(host.Clock.GetUtcNow().AddMinutes(30));
        var volunteer = await clerk.NewVolunteerAsync();
        var signUpId = (await clerk.SignUpAsync(activity, volunteer)).SignUpId(volunteer);
        var checkedIn = await (await clerk.PostAsync($"/api/volunteer/activities/{activity.Id()}/sign-ups/{signUpId}/check-in", null)).JsonAsync();
        Assert.Equal("desk", checkedIn.GetProperty("signUps")[0].Text("checkInBy"));
        Assert.Contains("不能重复签到", (await (await clerk.PostAsync($"/api/volunteer/activities/{activity.Id()}/sign-ups/{signUpId}/check-in", null))
            .JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        var checkedOut = await (await clerk.PostAsync($"/api/volunteer/activities/{activity.Id()}/sign-ups/{signUpId}/check-out", null)).JsonAsync();
        Assert.Equal("checked-out", checkedOut.GetProperty("signUps")[0].Text("status"));
        var desk = await (await clerk.GetAsync($"/api/volunteer/activities/{activity.Id()}/sign-ups")).JsonAsync();
        Assert.Equal(activity.Id(), desk[0].Text("activityId"));
    }

    [Fact]
    public async Task A_volunteer_checks_in_and_out_by_qr_code_without_an_account_and_forged_expired_or_mismatched_codes_are_refused()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var activity = await clerk.NewActivityAsync(host.Clock.GetUtcNow().AddMinutes(20), hours: 2);
        var volunteer = await clerk.NewVolunteerAsync(name: "扫码者");
        await clerk.SignUpAsync(activity, volunteer);
        var idNumber = await IdNumberOfAsync(volunteer);
        var link = await (await clerk.GetAsync($"/api/volunteer/activities/{activity.Id()}/check-in-link/in")).JsonAsync();
        var token = TokenOf(link);
        Assert.StartsWith("http", link.Text("url"));
        Assert.Contains($"/api/volunteer/public/{TestDistricts.First}/check-in?token=", link.Text("url"));

        var phone = host.Host.CreateClient();
        var page = await phone.GetStringAsync(new Uri(link.Text("url")).PathAndQuery);
        Assert.Contains("社区助老服务", page);
        Assert.Contains("<form method=\"post\"", page);

        var wrongPair = await CheckInAsync(phone, token, SyntheticIds.NextIdNumber(), volunteer.Text("number"));
        Assert.True((await wrongPair.JsonAsync(HttpStatusCode.BadRequest)).HasError("volunteerNumber"));
        var forged = await CheckInAsync(phone, token[..^4] + "AAAA", idNumber, volunteer.Text("number"));
        Assert.Contains("二维码无效", (await forged.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("token")[0].GetString());

        var done = await (await CheckInAsync(phone, token, idNumber, volunteer.Text("number"))).JsonAsync();
        Assert.Equal("in", done.Text("purpose"));
        Assert.Equal("扫**", done.Text("name"));
        Assert.Contains("不能重复签到", (await (await CheckInAsync(phone, token, idNumber, volunteer.Text("number"))).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));

        var outLink = await (await clerk.GetAsync($"/api/volunteer/activities/{activity.Id()}/check-in-link/out")).JsonAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(121));
        var expired = await CheckInAsync(phone, TokenOf(outLink), idNumber, volunteer.Text("number"));
        Assert.Contains("已过期", (await expired.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("token")[0].GetString());
        var fresh = await (await clerk.GetAsync($"/api/volunteer/activities/{activity.Id()}/check-in-link/out")).JsonAsync();
        await (await CheckInAsync(phone, TokenOf(fresh), idNumber, volunteer.Text("number"))).JsonAsync();

        var shown = await (await clerk.GetAsync($"/api/volunteer/activities/{activity.Id()}")).JsonAsync();
        var signUp = shown.GetProperty("signUps")[0];
        Assert.Equal("qr", signUp.Text("checkInBy"));
        Assert.Equal("checked-out", signUp.Text("status"));
    }

    [Fact]
    public async Task The_check_in_page_form_answers_in_html_and_a_volunteer_who_did_not_sign_up_is_told_so()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var activity = await clerk.NewActivityAsync(host.Clock.GetUtcNow().AddMinutes(10));
        var stranger = await clerk.NewVolunteerAsync(name: "未报名");
        var link = await (await clerk.GetAsync($"/api/volunteer/activities/{activity.Id()}/check-in-link/in")).JsonAsync();
        var phone = host.Host.CreateClient();
        var answer = await phone.PostAsync($"/api/volunteer/public/{TestDistricts.First}/check-in/form", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = TokenOf(link), ["idNumber"] = await IdNumberOfAsync(stranger), ["volunteerNumber"] = stranger.Text("number"),
        }));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("您未报名该活动", await answer.Content.ReadAsStringAsync());
        Assert.Contains("二维码无效", await phone.GetStringAsync($"/api/volunteer/public/{TestDistricts.First}/check-in?token=nonsense"));
    }

    private static string TokenOf(JsonElement link) => Uri.UnescapeDataString(link.Text("url").Split("token=")[1]);

    private static Task<HttpResponseMessage> CheckInAsync(HttpClient phone, string token, string idNumber, string number) =>
        phone.PostAsJsonAsync($"/api/volunteer/public/{TestDistricts.First}/check-in", new { token, idNumber, volunteerNumber = number });

    // The API shows the ID number masked; the test reads the one it registered from the database.
    private async Task<string> IdNumberOfAsync(JsonElement volunteer)
    {
        await using var connection = await host.Host.OpenDatabaseAsync(TestDistricts.First, "volunteer");
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "IdNumber" FROM "volunteers" WHERE "Number" = @number""";
        var p = command.CreateParameter();
        p.ParameterName = "@number";
        p.Value = volunteer.Text("number");
        command.Parameters.Add(p);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
