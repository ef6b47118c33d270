function Set-FetchRunComputeEnvironment {
    <#
    .SYNOPSIS
    Creates a managed Batch compute environment (Spot or on-demand), or brings its capacity and state in line, then waits until it is VALID.
    .DESCRIPTION
    Settings Batch cannot change in place (instance types, subnets, launch template, bid) are part of
    the name given by the caller, so changing them yields a new environment (blue/green).
    .PARAMETER Name
    The compute environment name.
    .PARAMETER Spot
    Spot capacity (default strategy SPOT_PRICE_CAPACITY_OPTIMIZED); otherwise on-demand (BEST_FIT_PROGRESSIVE).
    .PARAMETER AllocationStrategy
    For Spot: SPOT_PRICE_CAPACITY_OPTIMIZED or SPOT_CAPACITY_OPTIMIZED.
    .PARAMETER MaxvCpus
    Upper bound of vCPUs. Default 256. The minimum is always 0: nothing runs, nothing is paid.
    .PARAMETER InstanceType
    'optimal' (default) or a diversified list of instance types.
    .PARAMETER SubnetId
    Subnets, ideally across availability zones.
    .PARAMETER SecurityGroupId
    Security groups.
    .PARAMETER InstanceProfileArn
    The ECS instance profile's ARN (not the role's).
    .PARAMETER LaunchTemplateName
    The launch template with the Spot-draining user data.
    .PARAMETER BidPercentage
    Spot only: the maximum price as a percentage of on-demand. 0 (default) leaves it unset, which AWS treats as 100%.
    .PARAMETER ServiceRoleArn
    Batch's service-linked role ARN.
    .PARAMETER Tags
    Tags to apply when creating.
    .PARAMETER WaitIntervalSeconds
    Seconds between status polls. Default 5.
    .PARAMETER WaitTimeoutSeconds
    How long to wait for VALID (and for IAM propagation) before failing. Default 600.
    .EXAMPLE
    Set-FetchRunComputeEnvironment -Name fetchrun-spot-1a2b3c4d -Spot -SubnetId subnet-1,subnet-2 -SecurityGroupId sg-1 -InstanceProfileArn $arn -LaunchTemplateName t -ServiceRoleArn $role
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[A-Za-z0-9_-]{1,128}$')][string] $Name,
        [switch] $Spot,
        [ValidateSet('SPOT_PRICE_CAPACITY_OPTIMIZED', 'SPOT_CAPACITY_OPTIMIZED')][string] $AllocationStrategy = 'SPOT_PRICE_CAPACITY_OPTIMIZED',
        [ValidateRange(1, 100000)][int] $MaxvCpus = 256,
        [ValidateNotNullOrEmpty()][string[]] $InstanceType = @('optimal'),
        [Parameter(Mandatory)][string[]] $SubnetId,
        [Parameter(Mandatory)][AllowEmptyCollection()][string[]] $SecurityGroupId,
        [Parameter(Mandatory)][string] $InstanceProfileArn,
        [string] $LaunchTemplateName,
        [ValidateRange(0, 100)][int] $BidPercentage = 0,
        [Parameter(Mandatory)][string] $ServiceRoleArn,
        [hashtable] $Tags = @{},
        [ValidateRange(0, 3600)][double] $WaitIntervalSeconds = 5,
        [ValidateRange(0, 86400)][double] $WaitTimeoutSeconds = 600
    )
    $describe = { @((Invoke-FetchRunAws -Service batch -Operation describe-compute-environments -InputObject @{ computeEnvironments = @($Name) } -ReadOnly).computeEnvironments)[0] }
    $changes = [System.Collections.Generic.List[string]]::new()
    $current = & $describe
    if (-not $current) {
        $resources = [ordered]@{
            type               = if ($Spot) { 'SPOT' } else { 'EC2' }
            allocationStrategy = if ($Spot) { $AllocationStrategy } else { 'BEST_FIT_PROGRESSIVE' }
            minvCpus           = 0
            maxvCpus           = $MaxvCpus
            desiredvCpus       = 0
            instanceTypes      = @($InstanceType)
            subnets            = @($SubnetId)
            securityGroupIds   = @($SecurityGroupId)
            instanceRole       = $InstanceProfileArn
            tags               = $Tags
        }
        if ($Spot -and $BidPercentage -gt 0) { $resources.bidPercentage = $BidPercentage }
        if ($LaunchTemplateName) { $resources.launchTemplate = @{ launchTemplateName = $LaunchTemplateName; version = '$Latest' } }
        $request = [ordered]@{
            computeEnvironmentName = $Name
            type                   = 'MANAGED'
            state                  = 'ENABLED'
            computeResources       = $resources
            serviceRole            = $ServiceRoleArn
            tags                   = $Tags
        }
        # A just-created instance profile or role is not usable everywhere at once (IAM propagation).
        $created = Wait-FetchRunCondition -Description "IAM propagation for $Name" -IntervalSeconds $WaitIntervalSeconds -TimeoutSeconds $WaitTimeoutSeconds `
            -RetryOnError 'not authorized|cannot be assumed|Invalid IamInstanceProfile|instance profile|propagat' -Condition {
            $result = Invoke-FetchRunAws -Service batch -Operation create-compute-environment -InputObject $request
            if ($WhatIfPreference) { 'skipped' } else { $result }
        }
        $changes.Add('created')
        $arn = $created.computeEnvironmentArn
    }
    else {
        $arn = $current.computeEnvironmentArn
        $update = [ordered]@{ computeEnvironment = $Name }
        if ($current.state -ne 'ENABLED') { $update.state = 'ENABLED'; $changes.Add('enabled') }
        if ($current.computeResources.maxvCpus -ne $MaxvCpus) {
            $update.computeResources = @{ maxvCpus = $MaxvCpus; minvCpus = 0 }
            $changes.Add("maxvCpus $MaxvCpus")
        }
        if ($changes.Count) { Invoke-FetchRunAws -Service batch -Operation update-compute-environment -InputObject $update | Out-Null }
    }
    # An environment found VALID and left as it was needs no second look.
    $settled = $current -and -not $changes.Count -and $current.status -eq 'VALID'
    if (-not $WhatIfPreference -and -not $settled) {
        $valid = Wait-FetchRunCondition -Description "compute environment $Name to be VALID" -IntervalSeconds $WaitIntervalSeconds -TimeoutSeconds $WaitTimeoutSeconds -Condition {
            $state = & $describe
            if ($state.status -eq 'INVALID') { throw "Compute environment $Name is INVALID: $($state.statusReason)" }
            $state.status -eq 'VALID'
        }
        $null = $valid
    }
    New-FetchRunResult -Resource 'compute environment' -Name $Name -Arn $arn -Changes $changes
}
