using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Inspections;
using Minzheng.Modules.Lottery.Terminals;

namespace Minzheng.Modules.Lottery.Data;

/// <summary>The supervision's tables: contracts, terminals, inspections, penalties.</summary>
public sealed partial class LotteryDb
{
    private static void OnSupervisionCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AgencyContract>(c =>
        {
            c.ToTable("contracts");
            c.HasKey(x => x.Id);
            c.Property(x => x.DivisionCode).HasMaxLength(12);
            c.Property(x => x.Number).HasMaxLength(40);
            c.HasIndex(x => x.Number).IsUnique();
            c.Property(x => x.TerminationReason).HasMaxLength(500);
            c.HasIndex(x => new { x.OutletId, x.Status });
            c.HasIndex(x => new { x.Status, x.EndsOn });
            c.HasMany(x => x.Terms).WithOne().HasForeignKey(x => x.ContractId);
        });
        modelBuilder.Entity<ContractTerm>(t =>
        {
            t.ToTable("contract_terms");
            t.HasKey(x => x.Id);
            t.HasIndex(x => new { x.ContractId, x.Sequence }).IsUnique();
        });
        modelBuilder.Entity<Terminal>(t =>
        {
            t.ToTable("terminals");
            t.HasKey(x => x.Id);
            t.Property(x => x.SerialNumber).HasMaxLength(40);
            t.HasIndex(x => x.SerialNumber).IsUnique();
            t.Property(x => x.DivisionCode).HasMaxLength(12);
            t.HasIndex(x => x.OutletId);
            t.HasMany(x => x.Placements).WithOne().HasForeignKey(x => x.TerminalId);
        });
        modelBuilder.Entity<TerminalPlacement>(p =>
        {
            p.ToTable("terminal_placements");
            p.HasKey(x => x.Id);
            p.Property(x => x.RemovalReason).HasMaxLength(500);
            p.HasIndex(x => x.OutletId);
        });
        modelBuilder.Entity<Inspection>(i =>
        {
            i.ToTable("inspections");
            i.HasKey(x => x.Id);
            i.Property(x => x.DivisionCode).HasMaxLength(12);
            i.Property(x => x.Inspectors).HasMaxLength(200);
            i.Property(x => x.Notes).HasMaxLength(2000);
            i.Property(x => x.RecordedBy).HasMaxLength(100);
            i.HasIndex(x => x.OutletId);
            i.HasIndex(x => new { x.Status, x.CorrectBy });
            i.HasMany(x => x.Findings).WithOne().HasForeignKey(x => x.InspectionId);
        });
        modelBuilder.Entity<Finding>(f =>
        {
            f.ToTable("findings");
            f.HasKey(x => x.Id);
            f.Property(x => x.ClauseId).HasMaxLength(40);
            f.Property(x => x.ClauseText).HasMaxLength(200);
            f.Property(x => x.Note).HasMaxLength(1000);
        });
        modelBuilder.Entity<InspectionPhoto>(p =>
        {
            p.ToTable("inspection_photos");
            p.HasKey(x => x.Id);
            p.Property(x => x.FileName).HasMaxLength(200);
            p.Property(x => x.ContentType).HasMaxLength(40);
            p.Property(x => x.UploadedBy).HasMaxLength(100);
            p.HasIndex(x => x.InspectionId);
        });
        modelBuilder.Entity<Penalty>(p =>
        {
            p.ToTable("penalties");
            p.HasKey(x => x.Id);
            p.Property(x => x.DivisionCode).HasMaxLength(12);
            p.Property(x => x.OperatorName).HasMaxLength(100);
            p.Property(x => x.OperatorIdentifier).HasMaxLength(18);
            p.Property(x => x.DecisionNumber).HasMaxLength(100);
            p.HasIndex(x => x.DecisionNumber).IsUnique();
            p.Property(x => x.Reasons).HasMaxLength(2000);
            p.Property(x => x.DecidedBy).HasMaxLength(100);
            p.Property(x => x.WithdrawnBy).HasMaxLength(100);
            p.Property(x => x.WithdrawalReason).HasMaxLength(1000);
            // The siting check looks an operator up by identifier.
            p.HasIndex(x => new { x.OperatorIdentifier, x.DecidedOn });
            p.HasIndex(x => x.OutletId);
        });
    }
}
