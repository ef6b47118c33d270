function Set-FetchRunJobQueue {
    <#
    .SYNOPSIS
    Creates the job queue over the compute environments (in the order given), or brings its order, state and priority in line.
    .DESCRIPTION
    The state is always passed explicitly. The queue is waited on until VALID; an INVALID queue fails with its statusReason.
    .PARAMETER Name
    The job queue name.
    .PARAMETER ComputeEnvironment
    Compute environment names or ARNs, first tried first (Spot, then the on-demand fallback).
    .PARAMETER State
    ENABLED (default) or DISABLED; always passed explicitly.
    .PARAMETER Priority
    The queue's priority. Default 1.
    .PARAMETER Tags
    Tags to apply when creating.
    .PARAMETER WaitIntervalSeconds
    Seconds between status polls. Default 5.
    .PARAMETER WaitTimeoutSeconds
    How long to wait for VALID. Default 300.
    .EXAMPLE
    Set-FetchRunJobQueue -Name fetchrun-queue -ComputeEnvironment fetchrun-spot-1a2b3c4d
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[A-Za-z0-9_-]{1,128}$')][string] $Name,
        [Parameter(Mandatory)][string[]] $ComputeEnvironment,
        [ValidateSet('ENABLED', 'DISABLED')][string] $State = 'ENABLED',
        [ValidateRange(0, 1000)][int] $Priority = 1,
        [hashtable] $Tags = @{},
        [ValidateRange(0, 3600)][double] $WaitIntervalSeconds = 5,
        [ValidateRange(0, 86400)][double] $WaitTimeoutSeconds = 300
    )
    $describe = { @((Invoke-FetchRunAws -Service batch -Operation describe-job-queues -InputObject @{ jobQueues = @($Name) } -ReadOnly).jobQueues)[0] }
    $order = @(for ($i = 0; $i -lt $ComputeEnvironment.Count; $i++) { [ordered]@{ order = $i + 1; computeEnvironment = $ComputeEnvironment[$i] } })
    $changes = [System.Collections.Generic.List[string]]::new()
    $current = & $describe
    if (-not $current) {
        $created = Invoke-FetchRunAws -Service batch -Operation create-job-queue -InputObject ([ordered]@{
                jobQueueName            = $Name
                state                   = $State
                priority                = $Priority
                computeEnvironmentOrder = $order
                tags                    = $Tags
            })
        $changes.Add('created')
        $arn = $created.jobQueueArn
    }
    else {
        $arn = $current.jobQueueArn
        $update = [ordered]@{ jobQueue = $Name }
        if ($current.state -ne $State) { $update.state = $State; $changes.Add($State.ToLowerInvariant()) }
        if ($current.priority -ne $Priority) { $update.priority = $Priority; $changes.Add("priority $Priority") }
        $currentOrder = @($current.computeEnvironmentOrder | Sort-Object order | ForEach-Object { ($_.computeEnvironment -split '/')[-1] })
        $wantedOrder = @($ComputeEnvironment | ForEach-Object { ($_ -split '/')[-1] })
        if (($currentOrder -join ',') -ne ($wantedOrder -join ',')) {
            $update.computeEnvironmentOrder = $order
            $changes.Add("compute environments $($wantedOrder -join ', ')")
            foreach ($retired in @($currentOrder | Where-Object { $_ -notin $wantedOrder })) {
                Write-Warning "Compute environment $retired leaves queue $Name (blue/green): disable and delete it once its jobs have finished (docs/operations.md)."
            }
        }
        if ($changes.Count) { Invoke-FetchRunAws -Service batch -Operation update-job-queue -InputObject $update | Out-Null }
    }
    # A queue found VALID and left as it was needs no second look.
    $settled = $current -and -not $changes.Count -and $current.status -eq 'VALID'
    if (-not $WhatIfPreference -and -not $settled) {
        Wait-FetchRunCondition -Description "job queue $Name to be VALID" -IntervalSeconds $WaitIntervalSeconds -TimeoutSeconds $WaitTimeoutSeconds -Condition {
            $queue = & $describe
            if ($queue.status -eq 'INVALID') { throw "Job queue $Name is INVALID: $($queue.statusReason)" }
            $queue.status -eq 'VALID'
        } | Out-Null
    }
    New-FetchRunResult -Resource 'job queue' -Name $Name -Arn $arn -Changes $changes
}
