using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>婚姻登记记录证明: everything this office's archive holds on one person, as of the day of issue.</summary>
public static class RecordCertificateEndpoints
{
    /// <summary>Issues one.</summary>
    public static async Task<IResult> IssueAsync(RecordCertificateRequest request, MarriageDb db, OfficeContext offices,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (offices.Current is not { } office)
        {
            return OfficeProblems.NoOffice();
        }
        var today = clock.BeijingToday();
        var input = new FieldErrors();
        var id = input.IdNumber("idNumber", request.IdNumber, today);
        var name = input.PersonName("name", request.Name);
        var purpose = input.Text("purpose", request.Purpose, "出具事由", 200);
        if (input.HasErrors)
        {
            return input.ToProblem();
        }
        var value = id.Value;
        var lines = new List<(DateOnly Day, string Text)>();
        foreach (var m in await db.Marriages.AsNoTracking().Where(m => m.PartyAIdNumber == value || m.PartyBIdNumber == value).ToListAsync(ct))
        {
            var spouse = m.PartyAIdNumber == value ? m.PartyBName : m.PartyAName;
            var state = m.Status switch
            {
                MarriageStatus.Dissolved => $"，已于{m.DissolvedOn:yyyy-MM-dd}登记离婚",
                MarriageStatus.EndedByDeath => $"，一方已于{m.DissolvedOn:yyyy-MM-dd}死亡",
                MarriageStatus.Voided => "，该登记已撤销",
                _ => "",
            };
            lines.Add((m.RegisteredOn, $"{m.RegisteredOn:yyyy-MM-dd} 与{spouse}办理结婚登记，结婚证字号{m.CertificateNumber}{state}"));
        }
        foreach (var d in await db.Divorces.AsNoTracking()
                     .Where(d => d.Status == DivorceStatus.Registered && (d.PartyAIdNumber == value || d.PartyBIdNumber == value)).ToListAsync(ct))
        {
            var spouse = d.PartyAIdNumber == value ? d.PartyBName : d.PartyAName;
            lines.Add((d.DivorcedOn!.Value, $"{d.DivorcedOn:yyyy-MM-dd} 与{spouse}办理离婚登记，离婚证字号{d.CertificateNumber}"));
        }
        var certificate = new RecordCertificate
        {
            Id = Guid.NewGuid(), IdNumber = value, Name = name, Purpose = purpose, IssuedOn = today, IssuedByName = caller.Staff.Name,
            DivisionCode = office.Code,
            Entries = lines.Count == 0
                ? "本机关档案中无该当事人的婚姻登记记录"
                : string.Join('\n', lines.OrderBy(l => l.Day).Select(l => l.Text)),
        };
        db.RecordCertificates.Add(certificate);
        return TypedResults.Created($"/api/marriage/record-certificates/{certificate.Id}", View(certificate, office));
    }

    /// <summary>Reads one, for printing.</summary>
    public static async Task<IResult> GetAsync(Guid id, MarriageDb db, OfficeContext offices, ICallerContext caller, CancellationToken ct) =>
        await db.RecordCertificates.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(r => r.Id == id, ct) is { } r
            ? TypedResults.Ok(View(r, offices.Current))
            : Problems.NotFound("没有这份婚姻登记记录证明。");

    private static object View(RecordCertificate r, Office? office) => new
    {
        r.Id, IdNumber = Masking.Mask(r.IdNumber), r.Name, r.Purpose, r.Entries, r.IssuedOn, r.IssuedByName, Office = office?.Name ?? "",
    };
}
