function Get-FetchRunRunnerTimeout {
    <#
    .SYNOPSIS
    The runner's --timeout in seconds: the attempt duration minus the margin, refused when the runner could not stop in time.
    .DESCRIPTION
    After --timeout the script gets the grace period (stop timeout − 5 s) to save before the runner exits 143,
    so the margin must cover the whole stop timeout; and the runner needs some time to work at all.
    #>
    [CmdletBinding()]
    [OutputType([int])]
    param(
        [Parameter(Mandatory)][int] $AttemptDurationSeconds,
        [Parameter(Mandatory)][int] $TimeoutMarginSeconds,
        [Parameter(Mandatory)][int] $ContainerStopTimeoutSeconds
    )
    if ($TimeoutMarginSeconds -lt $ContainerStopTimeoutSeconds) {
        throw "-TimeoutMarginSeconds ($TimeoutMarginSeconds) is below -ContainerStopTimeoutSeconds ($ContainerStopTimeoutSeconds): the runner's grace period would outlast Batch's attempt duration, and Batch does not retry an attempt it timed out."
    }
    $seconds = $AttemptDurationSeconds - $TimeoutMarginSeconds
    if ($seconds -lt 30) {
        throw "-AttemptDurationSeconds ($AttemptDurationSeconds) minus -TimeoutMarginSeconds ($TimeoutMarginSeconds) leaves the runner $seconds s: raise the attempt duration or lower the margin."
    }
    $seconds
}
