namespace Minzheng.Sdk.Work;

/// <summary>A kind of waiting work and how much of it there is.</summary>
/// <param name="Key">Stable machine name (<c>&lt;module id&gt;.&lt;name&gt;</c>), e.g. <c>disability.to-review</c>.</param>
/// <param name="Title">What is waiting, in Chinese, e.g. 待审核的两项补贴申请.</param>
/// <param name="Count">How many; at least 1 (a source leaves out what has none).</param>
/// <param name="Link">The web UI route that lists them, e.g. <c>/disability/applications?status=Submitted</c>.</param>
/// <param name="Overdue">How many of them are past a deadline, shown in red; 0 when there is no deadline.</param>
public sealed record WorkItem(string Key, string Title, int Count, string Link, int Overdue = 0);
