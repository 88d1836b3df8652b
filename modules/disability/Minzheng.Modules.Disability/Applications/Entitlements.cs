using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Applications;

/// <summary>Keeping an entitlement in step with the certificate it rests on.</summary>
internal static class Entitlements
{
    /// <summary>Records the certificate (renewed, regraded) the subsidy now rests on; rosters read grade and validity from here.</summary>
    public static void TakeCertificate(SubsidyApplication application, DisabilityCertificate certificate)
    {
        application.CertificateNumber = certificate.Number;
        application.Category = certificate.Category;
        application.Grade = certificate.Grade;
        application.CertificateValidUntil = certificate.ValidUntil;
    }
}
