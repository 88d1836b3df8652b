using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Minzheng.Platform.Http;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Tests.Http;

/// <summary>Which answers commit a request's changes: a success does, an error never does.</summary>
public sealed class RequestCommitFilterTests
{
    [Fact]
    public void Successes_commit() =>
        Assert.All(new object?[] { TypedResults.Ok(1), TypedResults.Created("/x", 1), TypedResults.NoContent(), new { a = 1 }, null },
            result => Assert.True(RequestCommitFilter.IsSuccess(result)));

    [Fact]
    public void Problems_do_not_commit() =>
        Assert.All(new object[] { Problems.Validation("a", "b"), Problems.NotFound("x"), Problems.Conflict("x"), Problems.StaleVersion("x"), TypedResults.StatusCode(500) },
            result => Assert.False(RequestCommitFilter.IsSuccess(result)));

    [Fact]
    public void A_typed_union_is_judged_by_the_result_it_holds()
    {
        Results<Ok<int>, ProblemHttpResult> ok = TypedResults.Ok(1);
        Results<Ok<int>, ProblemHttpResult> refused = Problems.Conflict("x");
        Assert.True(RequestCommitFilter.IsSuccess(ok));
        Assert.False(RequestCommitFilter.IsSuccess(refused));
    }
}
