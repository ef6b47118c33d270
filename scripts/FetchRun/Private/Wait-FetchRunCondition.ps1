function Wait-FetchRunCondition {
    <#
    .SYNOPSIS
    Re-runs a script block until it returns a truthy value, for at most -TimeoutSeconds.
    .DESCRIPTION
    Waits out IAM propagation and describe eventual consistency. The block's truthy result is returned;
    errors whose message matches -RetryOnError are retried, others are thrown at once.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][scriptblock] $Condition,
        [Parameter(Mandatory)][string] $Description,
        [ValidateRange(0, 3600)][double] $IntervalSeconds = 5,
        [ValidateRange(0, 86400)][double] $TimeoutSeconds = 300,
        [string] $RetryOnError
    )
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ($true) {
        try {
            $result = & $Condition
            if ($result) { return $result }
            $reason = 'not yet'
        }
        catch {
            if (-not $RetryOnError -or $_.Exception.Message -notmatch $RetryOnError) { throw }
            $reason = $_.Exception.Message
        }
        if ([DateTime]::UtcNow -ge $deadline) {
            throw "Timed out after $TimeoutSeconds s waiting for $Description ($reason)."
        }
        Write-Verbose "Waiting for $Description ($reason)"
        Start-Sleep -Milliseconds ([int]($IntervalSeconds * 1000))
    }
}
