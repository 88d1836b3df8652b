using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Minzheng.Platform.Telemetry;

/// <summary>
/// What operators watch of the background work, as metrics of the meter <see cref="MeterName"/> (the host exports them
/// through OpenTelemetry, to Prometheus and OTLP): how far behind each outbox is, how late each job runs, what was
/// delivered and run and what failed. Deployment-wide operational figures: no personal data, tagged by district and
/// module only.
/// </summary>
/// <remarks>
/// A lag is a gauge read when it is observed, from what the dispatcher and the job runner last saw: a dispatcher or runner
/// that has stopped shows a lag that keeps growing, which is what an alert wants to see.
/// </remarks>
public sealed class PlatformMetrics : IDisposable
{
    /// <summary>The meter's name, for the host's OpenTelemetry set-up.</summary>
    public const string MeterName = "Minzheng.Platform";

    private readonly Meter _meter;
    private readonly TimeProvider _clock;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _jobRuns;
    private readonly Histogram<double> _jobDuration;
    // The oldest message still due in an outbox when the dispatcher last looked (null: nothing was due).
    private readonly ConcurrentDictionary<(string District, string Module, string Outbox), DateTimeOffset?> _oldestWaiting = new();
    // When each job is next due in each district, as this instance last learnt it.
    private readonly ConcurrentDictionary<(string Job, string District), DateTimeOffset> _jobDue = new();

    /// <summary>Creates the meter through the host's factory, so that it lives and dies with the host.</summary>
    public PlatformMetrics(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("minzheng.outbox.lag", ObserveOutboxLag, "s",
            "Age of the oldest integration event of an outbox not yet delivered to every handler, as the dispatcher last saw it (0 when none waits)");
        _meter.CreateObservableGauge("minzheng.jobs.lag", ObserveJobLag, "s",
            "How long a module job's due run has been waiting in a district (0 when it is not due yet)");
        _delivered = _meter.CreateCounter<long>("minzheng.outbox.delivered", "{event}", "Integration events delivered to every handler");
        _failed = _meter.CreateCounter<long>("minzheng.outbox.failed", "{attempt}", "Delivery attempts that failed and will be retried");
        _jobRuns = _meter.CreateCounter<long>("minzheng.jobs.runs", "{run}", "Module job runs, by outcome");
        _jobDuration = _meter.CreateHistogram<double>("minzheng.jobs.duration", "s", "How long a module job run took");
    }

    /// <summary>
    /// Whether the dispatcher should look at what still waits in an outbox after a round: when it has never looked, or
    /// something waited the last time (a message backing off after a failure is not due, but it waits all the same). An
    /// idle outbox costs no query.
    /// </summary>
    public bool ShouldLook(string district, string module, string outbox) =>
        !_oldestWaiting.TryGetValue((district, module, outbox), out var oldest) || oldest is not null;

    /// <summary>What still waits in one outbox after a dispatch round: the oldest message not yet delivered (null when none).</summary>
    public void OutboxLooked(string district, string module, string outbox, DateTimeOffset? oldestWaiting) =>
        _oldestWaiting[(district, module, outbox)] = oldestWaiting;

    /// <summary>One message delivered to every handler, or one attempt that failed.</summary>
    public void OutboxDelivered(string district, string module, bool succeeded) =>
        (succeeded ? _delivered : _failed).Add(1, new("district", district), new("module", module));

    /// <summary>When <paramref name="job"/> is next due in <paramref name="district"/>.</summary>
    public void JobDue(string job, string district, DateTimeOffset due) => _jobDue[(job, district)] = due;

    /// <summary>A job run finished.</summary>
    public void JobRan(string job, string district, bool succeeded, TimeSpan took)
    {
        TagList tags = new() { { "job", job }, { "district", district } };
        _jobDuration.Record(took.TotalSeconds, tags);
        tags.Add("outcome", succeeded ? "ok" : "failed");
        _jobRuns.Add(1, tags);
    }

    private IEnumerable<Measurement<double>> ObserveOutboxLag()
    {
        var now = _clock.GetUtcNow();
        foreach (var ((district, module, outbox), oldest) in _oldestWaiting)
        {
            yield return new(oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0, new("district", district), new("module", module), new("outbox", outbox));
        }
    }

    private IEnumerable<Measurement<double>> ObserveJobLag()
    {
        var now = _clock.GetUtcNow();
        foreach (var ((job, district), due) in _jobDue)
        {
            yield return new(Math.Max(0, (now - due).TotalSeconds), new("job", job), new("district", district));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
