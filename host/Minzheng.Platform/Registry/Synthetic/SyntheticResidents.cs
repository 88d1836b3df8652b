using Minzheng.Platform.Districts;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Synthetic;

/// <summary>
/// Generates residents who do not exist: valid ID numbers (correct check character, real dates),
/// invented names, spread over the district's real villages in households, with disability
/// certificates and welfare statuses in plausible proportions (about 6% disabled — China's second
/// national disability survey found 6.34% —, about 3% in 低保 households, more often when disabled).
/// Deterministic for a seed, so tests and benchmarks can rely on what they get.
/// </summary>
public sealed class SyntheticResidents(District district, DateOnly today, int seed = 20261128)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭", "何", "罗", "高", "林", "谢", "唐", "冉", "蒲", "邓", "曾", "彭", "袁", "蒋", "秦"];
    private static readonly string[] GivenCharacters = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "玉", "兰", "红", "春", "梅", "林", "波", "宇", "欣", "怡", "浩", "然", "婷"];
    private static readonly string[] Categories = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"];
    private static readonly int[] CategoryWeights = [12, 20, 2, 46, 8, 8, 4];
    private static readonly int[] GradeWeights = [10, 15, 30, 45];

    private readonly Random _random = new(seed);
    private readonly List<Village> _villages = district.Towns.SelectMany(t => t.Villages).ToList();
    private readonly HashSet<string> _issued = [];

    /// <summary>
    /// <paramref name="count"/> residents, household by household (a household's rows are adjacent;
    /// the last household may be cut short).
    /// </summary>
    public IEnumerable<ResidentRow> Generate(int count)
    {
        if (_villages.Count == 0)
        {
            throw new InvalidOperationException($"District {district.Id} has no villages to place residents in.");
        }
        var produced = 0;
        var household = 0;
        while (produced < count)
        {
            household++;
            foreach (var row in Household(household).Take(count - produced))
            {
                produced++;
                yield return row;
            }
        }
    }

    private IEnumerable<ResidentRow> Household(int number)
    {
        var village = _villages[_random.Next(_villages.Count)];
        var key = $"{village.Code}-{number:D6}";
        var rural = village.Code[9..] is var v && int.Parse(v) >= 200; // 200–399: 村委会
        var address = $"{village.Name}{_random.Next(1, 300)}号";
        var surname = Surnames[_random.Next(Surnames.Length)];
        var poor = _random.NextDouble() < (rural ? 0.05 : 0.02);

        var headAge = _random.Next(24, 85);
        var headMale = _random.NextDouble() < 0.6;
        yield return Person(surname, headAge, headMale, village, key, "户主", address, rural, poor);
        if (_random.NextDouble() < 0.75)
        {
            var spouseAge = Math.Clamp(headAge + _random.Next(-5, 6), 22, 95);
            yield return Person(Surnames[_random.Next(Surnames.Length)], spouseAge, !headMale, village, key, "配偶", address, rural, poor);
        }
        var children = headAge < 30 ? _random.Next(0, 2) : _random.Next(0, 3);
        for (var i = 0; i < children; i++)
        {
            yield return Person(surname, _random.Next(0, Math.Max(1, headAge - 20)), _random.NextDouble() < 0.5, village, key, "子女", address, rural, poor);
        }
        if (headAge < 50 && _random.NextDouble() < 0.25)
        {
            yield return Person(surname, Math.Min(headAge + _random.Next(22, 32), 100), _random.NextDouble() < 0.45, village, key, "父母", address, rural, poor);
        }
    }

    private ResidentRow Person(string surname, int age, bool male, Village village, string household, string relation, string address, bool rural, bool poorHousehold)
    {
        var birth = today.AddYears(-age).AddDays(-_random.Next(0, 365));
        var disabled = _random.NextDouble() < (age >= 60 ? 0.11 : 0.04);
        var grade = disabled ? Pick(GradeWeights) + 1 : (int?)null;
        var welfare = poorHousehold || (disabled && _random.NextDouble() < 0.12)
            ? (age >= 60 && _random.NextDouble() < 0.15 ? "特困" : "低保")
            : _random.NextDouble() < 0.01 ? "低保边缘" : null;
        var category = disabled ? Pick(CategoryWeights) : (int?)null;
        // Never before the holder's birth, nor a welfare status: the import's rules rightly refuse that, and a
        // generated file must import whole (the demo seeds residents from one). The draws are unchanged:
        // a seed gives the same residents as before, with such dates moved up to the birth.
        var issued = disabled ? Later(birth, today.AddDays(-_random.Next(30, 3000))) : (DateOnly?)null;
        var idNumber = NewIdNumber(birth, male);
        return new ResidentRow
        {
            IdNumber = idNumber,
            Name = surname + GivenCharacters[_random.Next(GivenCharacters.Length)] + (_random.NextDouble() < 0.7 ? GivenCharacters[_random.Next(GivenCharacters.Length)] : ""),
            Ethnicity = _random.NextDouble() < 0.97 ? "汉族" : "土家族",
            Phone = age >= 16 ? $"1{_random.Next(30, 90)}{_random.Next(0, 100_000_000):D8}" : null,
            HukouType = rural ? "农村" : "城镇",
            DivisionCode = village.Code,
            Address = address,
            HouseholdKey = household,
            RelationToHead = relation,
            // As on real certificates: the holder's ID number, then category and grade digits.
            DisabilityCertificateNumber = category is { } c ? $"{idNumber}{c + 1}{grade}" : null,
            DisabilityCategory = category is { } k ? Categories[k] : null,
            DisabilityGrade = grade,
            DisabilityIssuedOn = issued,
            // Certificates run for years; a few have lapsed, as in real registries.
            DisabilityValidUntil = issued?.AddYears(_random.NextDouble() < 0.9 ? 10 : 1),
            WelfareKind = welfare,
            WelfareStartsOn = welfare is null ? null : Later(birth, today.AddDays(-_random.Next(30, 2000))),
            // Only what the household says for certain: a spouse is married, a child under 20 is not
            // (the legal minimum age); a head may be widowed or divorced, so stays unrecorded.
            MaritalStatus = relation == "配偶" ? "已婚" : relation == "子女" && age < 20 ? "未婚" : null,
        };
    }

    private string NewIdNumber(DateOnly birth, bool male)
    {
        while (true)
        {
            var sequence = _random.Next(0, 500) * 2 + (male ? 1 : 0);
            var first17 = $"{district.DivisionCode}{birth:yyyyMMdd}{sequence:D3}";
            var id = first17 + IdNumber.ComputeCheckCharacter(first17);
            if (_issued.Add(id))
            {
                return id;
            }
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private int Pick(int[] weights)
    {
        var roll = _random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }
}
