using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Identity;

/// <summary>Identity's own errors (password policy, duplicate name) as field-level validation problems.</summary>
internal static class IdentityProblems
{
    public static ValidationProblem FromErrors(IdentityResult result, string field) =>
        Problems.Validation(field, string.Join(" ", result.Errors.Select(e => e.Description)));
}
