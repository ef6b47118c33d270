function Wait-FetchRunBatchResourceGone {
    <#
    .SYNOPSIS
    Waits until a deleted job queue or compute environment no longer shows in describe calls.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][ValidateSet('job-queue', 'compute-environment')][string] $Kind,
        [Parameter(Mandatory)][string] $Name,
        [double] $IntervalSeconds = 5,
        [double] $TimeoutSeconds = 600
    )
    if ($WhatIfPreference) { return }
    Wait-FetchRunCondition -Description "$Kind $Name to be deleted" -IntervalSeconds $IntervalSeconds -TimeoutSeconds $TimeoutSeconds -Condition {
        -not (Get-FetchRunBatchResource -Kind $Kind -Name $Name)
    } | Out-Null
}
