using Minzheng.Sdk.Data;

namespace Minzheng.Sdk.Tests.Data;

public sealed class TimelineTests
{
    private sealed class Step : WorkflowStep;

    [Fact]
    public void A_history_is_earliest_first_whatever_order_the_steps_were_loaded_in()
    {
        var later = new Step { At = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), Title = "审核通过", StaffName = "李四", Note = "材料齐全" };
        var earlier = new Step { At = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), Title = "受理", StaffName = "张三" };

        var timeline = new[] { later, earlier }.ToTimeline();

        Assert.Equal([new TimelineEntry(earlier.At, "受理", "张三", null), new TimelineEntry(later.At, "审核通过", "李四", "材料齐全")], timeline);
    }
}
