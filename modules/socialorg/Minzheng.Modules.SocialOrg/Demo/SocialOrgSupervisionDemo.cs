using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Evaluation;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.Supervision;

namespace Minzheng.Modules.SocialOrg.Demo;

/// <summary>
/// The demo's supervision, made up, over the registered demo organisations in turn: last year's inspection concluded
/// 合格 (most), 基本合格 or 不合格, or not reported and on the 活动异常名录 for it; one on the list for over two years
/// (the daily job raises its escalation); one warned; the qualified among the older ones evaluated and graded (one
/// still in its publicity, one graded 4A five years ago, about to lapse).
/// </summary>
internal sealed class SocialOrgSupervisionDemo(SocialOrgDb db, EvaluationOptions evaluation, InspectionOptions inspection)
{
    public void Seed(IReadOnlyList<Organisation> organisations, DateOnly today)
    {
        var year = today.Year - 1;
        var round = new EvaluationRound { Id = Guid.NewGuid(), Year = today.Year, OpenedOn = today.AddDays(-30), OpenedBy = "演示数据" };
        db.EvaluationRounds.Add(round);
        for (var n = 0; n < organisations.Count; n++)
        {
            var o = organisations[n];
            if (o.RegisteredOn > InspectionRules.YearEnd(year) || InspectionRules.IsExempt(o.RegisteredOn, year, inspection)) continue;
            switch (n % 7)
            {
                case 3:
                    // Not reported: on the 活动异常名录 for it.
                    List(o, CreditList.Abnormal, InspectionRules.OverdueCause(year), InspectionRules.Deadline(year, inspection).AddDays(10));
                    continue;
                case 5 when n < 7 && o.RegisteredOn < today.AddYears(-2).AddDays(-3):
                    // On the list for over two years: the daily job raises its escalation.
                    List(o, CreditList.Abnormal, "通过登记的住所无法联系（演示）", today.AddYears(-2).AddDays(-3));
                    break;
                case 6 when n < 7:
                    db.Penalties.Add(new Penalty
                    {
                        Id = Guid.NewGuid(), OrganisationId = o.Id, DivisionCode = o.DivisionCode, Kind = PenaltyKind.Warning, Facts = "未按规定公开信息（演示）",
                        DecisionNumber = $"演示罚〔{today.Year}〕{n}号", DecidedOn = today.AddMonths(-2), DecidedBy = "演示数据",
                    });
                    break;
            }
            var conclusion = (n % 7) switch { 1 => InspectionConclusion.BasicallyQualified, 4 => InspectionConclusion.Unqualified, _ => InspectionConclusion.Qualified };
            db.AnnualInspections.Add(new AnnualInspection
            {
                Id = Guid.NewGuid(), OrganisationId = o.Id, DivisionCode = o.DivisionCode, Year = year, Income = 120_000 + n * 1000, Spending = 100_000 + n * 900,
                StaffCount = 1 + n % 4, PartyOrganisation = n % 2 == 0, SubmittedOn = InspectionRules.Deadline(year, inspection).AddDays(-20),
                Status = InspectionStatus.Concluded, Conclusion = conclusion, ConclusionReason = conclusion == InspectionConclusion.Qualified ? null : "财务管理不规范（演示）",
                ConcludedOn = InspectionRules.Deadline(year, inspection).AddDays(15),
            });
            if (n % 7 == 0 && o.RegisteredOn.AddYears(2) <= round.OpenedOn) Grade(o, round, n, today);
        }
    }

    private void List(Organisation o, CreditList list, string cause, DateOnly on) =>
        db.CreditListEntries.Add(new CreditListEntry
        {
            Id = Guid.NewGuid(), OrganisationId = o.Id, DivisionCode = o.DivisionCode, List = list, Cause = cause, DecisionNumber = $"演示社〔{on.Year}〕{on.DayOfYear}号",
            EnteredOn = on, EnteredBy = "演示数据",
        });

    // Alternately: graded this round (5A/3A), still in its publicity, or a 4A of five years ago lapsing soon.
    private void Grade(Organisation o, EvaluationRound round, int n, DateOnly today)
    {
        var kind = n / 7 % 3;
        var scores = evaluation.Items.ToDictionary(i => i.Key, i => i.Max * (kind == 1 ? 75 : 92) / 100);
        var total = scores.Values.Sum();
        var e = new OrganisationEvaluation
        {
            Id = Guid.NewGuid(), RoundId = round.Id, Year = round.Year, OrganisationId = o.Id, DivisionCode = o.DivisionCode, AppliedOn = round.OpenedOn.AddDays(3),
            Scores = EvaluationRules.Serialise(scores), Total = total, Grade = EvaluationRules.GradeOf(total, evaluation),
        };
        if (kind == 2)
        {
            e.Status = EvaluationStatus.Publicised;
            e.PublicisedOn = today.AddDays(-1);
            e.PublicityEndsOn = EvaluationRules.PublicityEnd(today.AddDays(-1), evaluation);
        }
        else
        {
            var on = kind == 0 ? today.AddDays(-5) : today.AddYears(-evaluation.ValidityYears).AddDays(30);
            e.Status = EvaluationStatus.Conferred;
            e.PublicisedOn = on.AddDays(-evaluation.PublicityDays - 1);
            e.PublicityEndsOn = EvaluationRules.PublicityEnd(e.PublicisedOn.Value, evaluation);
            e.ConferredOn = on;
            e.ValidUntil = EvaluationRules.ValidUntil(on, evaluation);
            if (kind == 1)
            {
                // Graded in the round of its own year.
                var old = new EvaluationRound { Id = Guid.NewGuid(), Year = on.Year, OpenedOn = e.PublicisedOn.Value.AddDays(-30), OpenedBy = "演示数据" };
                if (!db.ChangeTracker.Entries<EvaluationRound>().Any(r => r.Entity.Year == on.Year)) db.EvaluationRounds.Add(old);
                else old = db.ChangeTracker.Entries<EvaluationRound>().First(r => r.Entity.Year == on.Year).Entity;
                (e.RoundId, e.Year, e.AppliedOn) = (old.Id, old.Year, old.OpenedOn.AddDays(3));
            }
        }
        db.Evaluations.Add(e);
    }
}
