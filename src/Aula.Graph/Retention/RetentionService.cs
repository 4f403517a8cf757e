using Microsoft.Extensions.Options;

namespace Aula.Graph.Retention;

/// Runs <see cref="RetentionJob"/> when the node starts and then every <see cref="RetentionOptions.Interval"/> of
/// the <see cref="TimeProvider"/>. A failed run is logged and the next tick tries again.
internal sealed class RetentionService(RetentionJob job, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await job.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never the exception itself: its message can carry key values, which identify people.
                RetentionLog.RunFailed(logger, RetentionLog.Describe(e));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
