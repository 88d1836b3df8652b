using System.Linq.Expressions;

namespace Minzheng.Modules.SocialOrg.SocialWork;

/// <summary>Who counts as a social worker on a day, and the qualification codes. Plain C#.</summary>
public static class SocialWorkRules
{
    /// <summary>Counted on <paramref name="day"/>: started by then and not yet left (the day they leave is not counted). A query's filter.</summary>
    public static Expression<Func<SocialWorker, bool>> WorkingOn(DateOnly day) => w => w.Since <= day && (w.LeftOn == null || w.LeftOn > day);

    /// <summary><see cref="WorkingOn"/> for one worker.</summary>
    public static bool CountsOn(SocialWorker worker, DateOnly day) => WorkingOn(day).Compile()(worker);

    /// <summary>The API code of a level.</summary>
    public static string LevelCode(SocialWorkLevel level) => level switch
    {
        SocialWorkLevel.Assistant => "assistant",
        SocialWorkLevel.Intermediate => "intermediate",
        _ => "senior",
    };

    /// <summary>Reads a level's API code.</summary>
    public static bool TryParseLevel(string? code, out SocialWorkLevel level)
    {
        foreach (var l in Enum.GetValues<SocialWorkLevel>())
        {
            if (LevelCode(l) == code)
            {
                level = l;
                return true;
            }
        }
        level = default;
        return false;
    }
}
