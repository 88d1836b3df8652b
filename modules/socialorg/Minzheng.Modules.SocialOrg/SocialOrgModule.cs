using Autofac;
using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Demo;
using Minzheng.Modules.SocialOrg.Evaluation;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Modules.SocialOrg;

/// <summary>社会组织: the module's entry type. The host calls it once at start-up.</summary>
public sealed class SocialOrgModule : IMinzhengModule
{
    /// <inheritdoc />
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
    {
        builder.AddModuleDbContext<SocialOrgDb>();
        builder.RegisterInstance(new SocialOrgOptions { RegistrationAuthority = context.Configuration["RegistrationAuthority"] }).AsSelf().SingleInstance();
        // Modules:socialorg:Inspection: the deadlines and exemption; without it the national default (5-31, six months).
        builder.RegisterInstance(InspectionOptions.From(context.Configuration.GetSection("Inspection"))).AsSelf().SingleInstance();
        builder.RegisterType<InspectionDueList>().AsSelf().InstancePerLifetimeScope();
        // Modules:socialorg:Applications: names' suffixes and prefix, validity periods, members, each workflow's documents.
        builder.RegisterInstance(ApplicationOptions.From(context.Configuration.GetSection("Applications"))).AsSelf().SingleInstance();
        builder.RegisterType<ApplicationDecision>().AsSelf().InstancePerLifetimeScope();
        // Modules:socialorg:Evaluation (sheet, thresholds, publicity, validity) and :Lists (the daily job's deadlines, with the module's holidays).
        builder.RegisterInstance(EvaluationOptions.From(context.Configuration.GetSection("Evaluation"))).AsSelf().SingleInstance();
        builder.RegisterInstance(ListDeadlineOptions.From(context.Configuration)).AsSelf().SingleInstance();
        builder.RegisterType<EvaluationEligibility>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<SocialOrgSupervisionDemo>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<WorkflowDecisionsDemo>().AsSelf().InstancePerLifetimeScope();
    }
}
