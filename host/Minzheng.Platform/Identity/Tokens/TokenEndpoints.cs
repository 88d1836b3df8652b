using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Identity.Tokens;

/// <summary>Bearer tokens for REST clients: issue (shown once), list, revoke.</summary>
internal static class TokenEndpoints
{
    public const int MaxDays = 365;

    public sealed record IssueTokenRequest(string? Name, int? ExpiresInDays);

    public sealed record IssuedToken(Guid Id, string Name, string Token, DateTimeOffset ExpiresAt);

    public sealed record TokenSummary(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

    public static void Map(IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/platform/tokens").WithTags("访问令牌");
        tokens.MapGet("/", ListAsync).RequirePermission(PlatformPermissions.Self);
        tokens.MapPost("/", IssueAsync).RequirePermission(PlatformPermissions.Self);
        tokens.MapDelete("/{id:guid}", RevokeAsync).RequirePermission(PlatformPermissions.Self);
    }

    private static async Task<IReadOnlyList<TokenSummary>> ListAsync(ICallerContext caller, IdentityDb db) =>
        (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == caller.Staff.Id).ToListAsync())
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenSummary(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt))
            .ToList();

    private static async Task<Results<Created<IssuedToken>, ValidationProblem>> IssueAsync(
        IssueTokenRequest request, ICallerContext caller, IdentityDb db, TimeProvider clock, UserManager<StaffUser> users, IdentityAudit audit)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) errors["name"] = ["请填写令牌名称（不超过 100 字）"];
        var days = request.ExpiresInDays ?? 90;
        if (days is < 1 or > MaxDays) errors["expiresInDays"] = [$"有效期应为 1 到 {MaxDays} 天"];
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var secret = ApiTokenAuthenticationHandler.NewToken();
        var now = clock.GetUtcNow();
        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            UserId = caller.Staff.Id,
            Name = request.Name!.Trim(),
            TokenHash = ApiTokenAuthenticationHandler.Hash(secret),
            Prefix = secret[..8],
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        await audit.RecordAsync((await users.FindByIdAsync(caller.Staff.Id))!, "token-issued", token.Name);
        return TypedResults.Created($"/api/platform/tokens/{token.Id}", new IssuedToken(token.Id, token.Name, secret, token.ExpiresAt));
    }

    /// <summary>The owner revokes their own tokens; a user administrator any token of their district.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, ICallerContext caller, IdentityDb db, TimeProvider clock, UserManager<StaffUser> users, IdentityAudit audit)
    {
        var token = await db.ApiTokens.FindAsync(id);
        var owner = token is null ? null : await users.FindByIdAsync(token.UserId);
        var allowed = token is not null && owner is not null
            && (token.UserId == caller.Staff.Id || (caller.HasPermission(PlatformPermissions.UsersManage) && owner.DistrictId == caller.DistrictId));
        if (!allowed)
        {
            return Problems.NotFound("没有这个令牌。");
        }
        token!.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync();
        await audit.RecordAsync(owner!, "token-revoked", token.Name);
        return TypedResults.NoContent();
    }
}
