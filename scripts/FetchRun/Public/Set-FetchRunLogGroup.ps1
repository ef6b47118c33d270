function Set-FetchRunLogGroup {
    <#
    .SYNOPSIS
    Creates the CloudWatch Logs group the jobs write to, if missing, and sets its retention.
    .DESCRIPTION
    Batch jobs log to /aws/batch/job unless their job definition names another group; without a retention
    that group keeps every line forever. The group is shared by every Batch job in the account and region,
    so its retention applies to them all, tags are set only when FetchRun creates it, and Remove-FetchRun
    leaves it in place. Read first; written only when missing or when the retention differs.
    .PARAMETER Name
    The log group. Default /aws/batch/job.
    .PARAMETER RetentionDays
    Days CloudWatch keeps each event: one of the values CloudWatch Logs accepts. Default 30.
    .PARAMETER Tags
    Tags to apply when creating.
    .EXAMPLE
    Set-FetchRunLogGroup -RetentionDays 90
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [ValidatePattern('^[\w./#-]{1,512}$')][string] $Name = '/aws/batch/job',
        [ValidateSet(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)][int] $RetentionDays = 30,
        [hashtable] $Tags = @{}
    )
    $changes = [System.Collections.Generic.List[string]]::new()
    $found = Invoke-FetchRunAws -Service logs -Operation describe-log-groups -InputObject @{ logGroupNamePrefix = $Name } -ReadOnly
    $group = @($found.logGroups | Where-Object logGroupName -EQ $Name)[0]
    if (-not $group) {
        $request = [ordered]@{ logGroupName = $Name }
        if ($Tags.Count) { $request.tags = $Tags }
        Invoke-FetchRunAws -Service logs -Operation create-log-group -InputObject $request | Out-Null
        $changes.Add('created')
    }
    if ($group.retentionInDays -ne $RetentionDays) {
        Invoke-FetchRunAws -Service logs -Operation put-retention-policy -InputObject @{ logGroupName = $Name; retentionInDays = $RetentionDays } | Out-Null
        $changes.Add("retention $RetentionDays days")
    }
    $arn = if ($group.arn) { $group.arn -replace ':\*$' } else { $null }
    New-FetchRunResult -Resource 'log group' -Name $Name -Arn $arn -Changes $changes
}
