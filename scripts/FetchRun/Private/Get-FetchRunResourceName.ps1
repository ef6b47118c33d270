function Get-FetchRunResourceName {
    <#
    .SYNOPSIS
    Derives every resource name from the prefix, so provisioning, scripts and tear-down agree.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)][string] $Prefix,
        [Parameter(Mandatory)][string] $AccountId,
        [Parameter(Mandatory)][string] $Region
    )
    @{
        Bucket          = "$Prefix-$AccountId-$Region".ToLowerInvariant()
        Repository      = "$Prefix-runner".ToLowerInvariant()
        JobRole         = "$Prefix-job"
        ExecutionRole   = "$Prefix-execution"
        InstanceRole    = "$Prefix-instance"
        InstanceProfile = "$Prefix-instance"
        LaunchTemplate  = "$Prefix-spot-drain"
        SpotCompute     = "$Prefix-spot"
        OnDemandCompute = "$Prefix-ondemand"
        JobQueue        = "$Prefix-queue"
        JobDefinition   = "$Prefix-run"
        LogGroup        = '/aws/batch/job'
    }
}
