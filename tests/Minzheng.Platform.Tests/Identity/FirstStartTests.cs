using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Minzheng.Platform.Tests.Identity;

[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

[Collection(nameof(ConsoleCapture))]
public sealed class FirstStartTests
{
    [Fact]
    public async Task Without_a_configured_password_one_is_generated_and_printed_once()
    {
        var original = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        Minzheng.Sdk.Testing.ModuleTestHost host;
        try
        {
            host = await PlatformTestHost.StartAsync(o => o.RealSignIn = true);
        }
        finally
        {
            Console.SetError(original);
        }
        await using (host)
        {
            var match = Regex.Match(captured.ToString(), "password, shown only this once: (\\S+)");
            Assert.True(match.Success, captured.ToString());
            var password = match.Groups[1].Value;
            Assert.True(password.Length >= 16);
            var client = host.CreateClient();
            Assert.Equal(HttpStatusCode.NoContent,
                (await client.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password })).StatusCode);
        }
    }
}
