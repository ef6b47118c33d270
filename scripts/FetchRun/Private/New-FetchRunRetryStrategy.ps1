function New-FetchRunRetryStrategy {
    <#
    .SYNOPSIS
    The job definition's retryStrategy, from the runner's exit codes (docs/operations.md lists them).
    .DESCRIPTION
    Batch retries a failure no rule matches, so the catch-all EXIT comes last; at most five rules.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([ValidateRange(1, 10)][int] $Attempts = 5)
    [ordered]@{
        attempts       = $Attempts
        evaluateOnExit = @(
            [ordered]@{ onStatusReason = 'Host EC2*'; action = 'RETRY' }  # Spot reclaim / instance lost
            [ordered]@{ onExitCode = '75'; action = 'RETRY' }             # temporary failure
            [ordered]@{ onExitCode = '143'; action = 'RETRY' }            # stopped by SIGTERM after saving
            [ordered]@{ onReason = '*'; action = 'EXIT' }                 # everything else is final
        )
    }
}
