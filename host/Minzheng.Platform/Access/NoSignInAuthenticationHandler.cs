using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Minzheng.Platform.Access;

/// <summary>
/// The default authentication scheme until staff sign-in (ASP.NET Core Identity, bearer tokens) is
/// configured: it recognises nobody, so every protected endpoint answers 401 and only public ones
/// (health, API description) serve. A deployment or the test kit registers a real scheme and makes it
/// the default.
/// </summary>
public sealed class NoSignInAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Minzheng.NoSignIn";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
