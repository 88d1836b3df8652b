using Microsoft.AspNetCore.Identity;

namespace Minzheng.Platform.Identity;

/// <summary>
/// Refuses the passwords attackers try first (OWASP ASVS 2.1.7), even when they pass the length and character rules:
/// a common word or keyboard run dressed up with capitals, digits, symbols and look-alike letters (<c>P@ssw0rd2024!</c>,
/// <c>Qwerty123456!</c>, <c>Woaini@1314</c>), and a password that holds the user's own name.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    // The words behind the most common passwords (the published top lists, Chinese ones included), as their letters read
    // once digits and symbols are taken away and look-alikes put back (0→o, 1→l, 3→e, 4→a, 5→s, 7→t, @→a, $→s).
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "password", "passwort", "passwd", "pass", "passpass", "qwerty", "qwertyuiop", "qwertyui", "qwer", "qwe", "qweasd", "qweasdzxc", "qazwsx",
        "qazwsxedc", "asdf", "asdfgh", "asdfghjkl", "asd", "zxcvbn", "zxcvbnm", "zxc", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcabc", "aaa",
        "aaaaaa", "admin", "administrator", "root", "toor", "user", "guest", "test", "tester", "testing", "demo", "default", "changeme", "change",
        "welcome", "welcomes", "letmein", "login", "logon", "secret", "private", "master", "manager", "system", "server", "super", "superuser",
        "iloveyou", "loveyou", "love", "lover", "woaini", "woaiwojia", "aini", "wangyi", "baidu", "tencent", "taobao", "alibaba", "huawei", "xiaomi",
        "monkey", "dragon", "tiger", "shadow", "sunshine", "princess", "football", "baseball", "basketball", "soccer", "superman", "batman", "spiderman",
        "starwars", "pokemon", "hello", "helloworld", "whatever", "freedom", "trustno", "killer", "access", "flower", "hunter", "ranger", "buster",
        "michael", "jordan", "charlie", "jessica", "ashley", "daniel", "thomas", "george", "andrew", "robert", "computer", "internet", "google",
        "china", "chinese", "beijing", "shanghai", "chongqing", "zhongguo", "minzheng", "wansheng", "zhang", "wang", "li", "liu", "chen", "zhangwei",
        "wangwei", "lijing", "liuyang", "mima", "zhanghao", "yonghu", "guanli", "guanliyuan", "ceshi", "huanying", "nihao", "kaixin", "xingfu",
        "office", "company", "summer", "winter", "spring", "autumn", "january", "december", "monday", "friday", "sunday", "welkom", "bonjour",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        if (Reason(password, user.UserName) is { } reason) return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = reason }));
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>Why <paramref name="password"/> is too easy to guess, or null.</summary>
    public static string? Reason(string password, string? userName)
    {
        var lower = password.ToLowerInvariant();
        if (userName is { Length: >= 3 } name && lower.Contains(name.ToLowerInvariant(), StringComparison.Ordinal)) return "密码不能包含用户名。";
        // The digits and symbols around the word (Admin@123456, 2024!Qwerty) first, then look-alikes inside it (p@ssw0rd).
        var core = lower.Trim([.. lower.Where(c => !char.IsAsciiLetterLower(c)).Distinct()]);
        var letters = new string([.. core.Select(Unleet).Where(char.IsAsciiLetterLower)]);
        if (letters.Length == 0 || Words.Contains(letters) || IsRun(letters)) return "密码过于常见（常见词语、键盘顺序或其简单变形），请换一个不易被猜到的密码。";
        return null;
    }

    private static char Unleet(char c) => c switch { '0' => 'o', '1' => 'l', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', _ => c };

    // One letter repeated (aaaa) or a stretch of the alphabet (abcdefg), whatever digits and symbols surround it.
    private static bool IsRun(string letters) =>
        letters.Distinct().Count() == 1 || letters.Zip(letters.Skip(1)).All(p => p.Second == p.First + 1);
}
