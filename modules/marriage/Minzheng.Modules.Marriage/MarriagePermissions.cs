namespace Minzheng.Modules.Marriage;

/// <summary>The permissions declared in <c>module.json</c>, by the role that usually holds them.</summary>
public static class MarriagePermissions
{
    /// <summary>查看: the archive, applications, certificates.</summary>
    public const string Read = "marriage.read";

    /// <summary>受理 (clerk): divorce applications, withdrawals, joint requests for the certificate.</summary>
    public const string Accept = "marriage.accept";

    /// <summary>登记 (registrar): registers marriages and divorces, reissues certificates.</summary>
    public const string Register = "marriage.register";

    /// <summary>Supervisor: voids a registration and its certificate number.</summary>
    public const string Void = "marriage.void";

    /// <summary>Supervisor: statistics.</summary>
    public const string Statistics = "marriage.statistics";

    /// <summary>Appointments of the office.</summary>
    public const string Appointments = "marriage.appointments";

    /// <summary>婚姻家庭辅导 sessions.</summary>
    public const string Counselling = "marriage.counselling";

    /// <summary>Every permission, as declared in module.json.</summary>
    public static IReadOnlyList<string> All { get; } = [Read, Accept, Register, Void, Statistics, Appointments, Counselling];
}
