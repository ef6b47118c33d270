function Get-FetchRunBatchResource {
    <#
    .SYNOPSIS
    Describes one job queue or compute environment by name; nothing when it does not exist or is deleted.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][ValidateSet('job-queue', 'compute-environment')][string] $Kind,
        [Parameter(Mandatory)][string] $Name
    )
    $found = if ($Kind -eq 'job-queue') {
        (Invoke-FetchRunAws -Service batch -Operation describe-job-queues -InputObject @{ jobQueues = @($Name) } -ReadOnly).jobQueues
    }
    else {
        (Invoke-FetchRunAws -Service batch -Operation describe-compute-environments -InputObject @{ computeEnvironments = @($Name) } -ReadOnly).computeEnvironments
    }
    @($found | Where-Object status -ne 'DELETED')[0]
}
