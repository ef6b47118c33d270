function Disable-FetchRunBatchResource {
    <#
    .SYNOPSIS
    Disables a job queue or compute environment (Batch deletes only disabled ones) and waits until it has settled.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][ValidateSet('job-queue', 'compute-environment')][string] $Kind,
        [Parameter(Mandatory)][string] $Name,
        [string] $State,
        [double] $IntervalSeconds = 5,
        [double] $TimeoutSeconds = 600
    )
    if ($State -ne 'DISABLED') {
        $request = if ($Kind -eq 'job-queue') { @{ jobQueue = $Name; state = 'DISABLED' } } else { @{ computeEnvironment = $Name; state = 'DISABLED' } }
        Invoke-FetchRunAws -Service batch -Operation "update-$Kind" -InputObject $request | Out-Null
    }
    if ($WhatIfPreference) { return }
    Wait-FetchRunCondition -Description "$Kind $Name to be disabled" -IntervalSeconds $IntervalSeconds -TimeoutSeconds $TimeoutSeconds -Condition {
        $current = Get-FetchRunBatchResource -Kind $Kind -Name $Name
        $current.state -eq 'DISABLED' -and $current.status -notin 'CREATING', 'UPDATING'
    } | Out-Null
}
