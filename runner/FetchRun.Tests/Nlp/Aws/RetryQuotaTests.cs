using FetchRun.Reviews.Nlp.Aws;

namespace FetchRun.Tests.Nlp.Aws;

public class RetryQuotaTests
{
    [Test]
    public void TryAcquire_QuotaSpent_RefusesWithoutTaking()
    {
        var quota = new RetryQuota();
        var granted = Enumerable.Range(0, 200).Count(_ => quota.TryAcquire(afterTimeout: false, out _));

        Assert.That(granted, Is.EqualTo(RetryQuota.Capacity / RetryQuota.RetryCost));
        Assert.That(quota.Available, Is.Zero);
    }

    [Test]
    public void TryAcquire_AfterTimeout_CostsTen()
    {
        var quota = new RetryQuota();

        Assert.That(quota.TryAcquire(afterTimeout: true, out var cost), Is.True);
        Assert.That((cost, quota.Available), Is.EqualTo((10, 490)));
    }

    [Test]
    public void OnSuccess_RefundsTheLastRetryOrOneUpToCapacity()
    {
        var quota = new RetryQuota();
        quota.TryAcquire(afterTimeout: false, out var first);
        quota.TryAcquire(afterTimeout: false, out var last);

        quota.OnSuccess(last);
        Assert.That(quota.Available, Is.EqualTo(495), "only the last retry's cost comes back");
        quota.OnSuccess(0);
        Assert.That(quota.Available, Is.EqualTo(496), "a call without retries gives one back");
        for (var i = 0; i < 10; i++)
            quota.OnSuccess(first);
        Assert.That(quota.Available, Is.EqualTo(RetryQuota.Capacity));
    }
}
