using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Certificates;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Divorce;

/// <summary>Carries out one staff action on a divorce application, after <see cref="DivorceRules"/> allowed it.</summary>
public sealed class DivorceTransitions(MarriageDb db, OfficeContext offices, MarriageOptions options, CertificateNumbering numbering,
    ICallerContext caller, TimeProvider clock)
{
    /// <summary>Checks the request, the version and the state, then moves the application and saves, all or nothing.</summary>
    public async Task<IResult> ApplyAsync(Guid id, DivorceAction action, int version, ChangeRequest request, CancellationToken ct)
    {
        var input = new FieldErrors();
        string? reason = null;
        if (action is DivorceAction.Refuse or DivorceAction.RefuseRegistration)
        {
            reason = input.Text("reason", request.Reason, action == DivorceAction.Refuse ? "不予受理的理由" : "不予登记的理由", 1000);
        }
        var party = request.Party?.Trim().ToUpperInvariant();
        if (action == DivorceAction.Withdraw && party is not ("A" or "B"))
        {
            input.Add("party", "请选择撤回申请的一方（A 或 B）");
        }
        if (input.HasErrors)
        {
            return input.ToProblem();
        }

        var application = await db.Divorces.Include(d => d.Steps).WithinScope(caller).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (application is null)
        {
            return Problems.NotFound("没有这件离婚登记申请。");
        }
        if (db.ExpectVersion(application, version) is { } stale)
        {
            return stale;
        }
        var today = clock.BeijingToday();
        var effective = DivorceRules.EffectiveStatus(application.Status, application.CoolingOffEnds, application.RequestWindowEnds, today);
        if (DivorceRules.Refusal(action, effective, application.CoolingOffEnds, application.RequestWindowEnds) is { } refusal)
        {
            return Problems.Conflict(refusal, "当前状态不能办理");
        }
        var office = offices.Current;
        if (action == DivorceAction.Register && office is null)
        {
            return OfficeProblems.NoOffice();
        }

        var now = clock.GetUtcNow();
        AdvanceByTime(application, today);
        var note = reason;
        switch (action)
        {
            case DivorceAction.Accept:
                var windows = DivorceRules.Windows(today, options.Calendar);
                application.AcceptedOn = today;
                application.CoolingOffEnds = windows.CoolingOffEnds;
                application.RequestWindowEnds = windows.RequestWindowEnds;
                note = $"出具受理回执；离婚冷静期至{windows.CoolingOffEnds:yyyy-MM-dd}，申请发证期限至{windows.RequestWindowEnds:yyyy-MM-dd}";
                break;
            case DivorceAction.Refuse:
            case DivorceAction.RefuseRegistration:
                application.RefusalReason = reason;
                break;
            case DivorceAction.Withdraw:
                application.WithdrawnBy = party;
                note = $"{(party == "A" ? application.PartyAName : application.PartyBName)}（{party}方）撤回离婚登记申请";
                break;
            case DivorceAction.RequestCertificate:
                application.RequestedOn = today;
                note = "双方亲自到场，共同申请发给离婚证";
                break;
            case DivorceAction.Register:
                application.DivorcedOn = today;
                if (await numbering.NextAsync(CertificateKind.Divorce, office!.Code, today, application.Id, ct) is not { } number)
                {
                    return OfficeProblems.NumbersExhausted("离婚证");
                }
                application.CertificateNumber = number;
                note = application.CertificateNumber;
                await DissolveMarriageAsync(application, today, ct);
                db.Publish(new DivorceRegistered(application.PartyAIdNumber, application.PartyBIdNumber, today, application.CertificateNumber));
                break;
        }
        application.Status = DivorceRules.Target(action);
        application.Steps.Add(Step(application, now, DivorceRules.ActionName(action), caller.Staff, note));
        return TypedResults.Ok(DivorceView.Of(application, today));
    }

    /// <summary>
    /// Stores the transitions time made by itself (冷静期届满, 视为撤回), each recorded as done by the
    /// platform on the day after the window ended.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public static bool AdvanceByTime(DivorceApplication application, DateOnly today)
    {
        var effective = DivorceRules.EffectiveStatus(application.Status, application.CoolingOffEnds, application.RequestWindowEnds, today);
        if (effective == application.Status)
        {
            return false;
        }
        // Recorded at the moment the law moved the application (midnight after a window's last day, Beijing),
        // not when the job or a later request noticed it: the history says when the state really changed.
        if (application.Status == DivorceStatus.CoolingOff)
        {
            application.Steps.Add(Step(application, MidnightAfter(application.CoolingOffEnds!.Value), "冷静期届满", StaffMember.System,
                $"离婚冷静期于{application.CoolingOffEnds:yyyy-MM-dd}届满，双方可于{application.RequestWindowEnds:yyyy-MM-dd}前共同申请发给离婚证"));
        }
        if (effective == DivorceStatus.DeemedWithdrawn)
        {
            application.Steps.Add(Step(application, MidnightAfter(application.RequestWindowEnds!.Value), "视为撤回", StaffMember.System,
                $"双方未在{application.RequestWindowEnds:yyyy-MM-dd}前共同申请发给离婚证"));
        }
        application.Status = effective;
        application.Version++;
        return true;
    }

    private static DateTimeOffset MidnightAfter(DateOnly day) =>
        BeijingTime.StartOf(day.AddDays(1));

    private async Task DissolveMarriageAsync(DivorceApplication application, DateOnly today, CancellationToken ct)
    {
        if (application.MarriageId is not { } marriageId)
        {
            return;
        }
        var marriage = await db.Marriages.FirstOrDefaultAsync(m => m.Id == marriageId && m.Status == MarriageStatus.Registered, ct);
        if (marriage is not null)
        {
            marriage.Status = MarriageStatus.Dissolved;
            marriage.DissolvedOn = today;
            marriage.Version++;
        }
    }

    private static DivorceStep Step(DivorceApplication application, DateTimeOffset at, string title, StaffMember by, string? note) => new()
    {
        Id = Guid.NewGuid(), ApplicationId = application.Id, At = at, Title = title, StaffId = by.Id, StaffName = by.Name, Note = note,
    };
}
