function Install-FetchRun {
    <#
    .SYNOPSIS
    Creates or updates everything FetchRun needs on AWS, and writes what it made to a JSON state file.
    .DESCRIPTION
    Bucket, ECR repository, IAM roles and instance profile, Spot-draining launch template, Spot compute
    environment (plus an optional on-demand one after it), job queue, job definition, and the retention of
    the jobs' log group. Each resource is created only if missing and brought in line if it differs; a
    second run reports no changes.
    -WhatIf prints every call that would change AWS and makes none (reads still run).
    .PARAMETER Prefix
    Prefix of every resource name (lower case letters, digits, hyphens).
    .PARAMETER Image
    The runner image; default the repository's ':latest'.
    .PARAMETER SubnetId
    Subnets for the instances; default the default VPC's subnets (one per zone).
    .PARAMETER SecurityGroupId
    Security groups; default the VPC's default group.
    .PARAMETER InstanceType
    'optimal' (default) or a diversified list such as c6i.large, c5.large, m6i.large.
    .PARAMETER AllocationStrategy
    SPOT_PRICE_CAPACITY_OPTIMIZED (default) or SPOT_CAPACITY_OPTIMIZED.
    .PARAMETER MaxvCpus
    Spot compute environment's maximum vCPUs. Default 256.
    .PARAMETER BidPercentage
    Maximum Spot price as a percentage of on-demand; 0 (default) leaves it unset, i.e. 100%.
    .PARAMETER OnDemandMaxvCpus
    When above 0, adds an on-demand compute environment of this size after the Spot one in the queue. Default 0.
    .PARAMETER DatabaseParameterName
    The SSM SecureString parameter holding the database connection string. Default /<prefix>/database.
    .PARAMETER KmsKeyArn
    The KMS key that encrypts that parameter; default the account's keys, used through SSM only.
    .PARAMETER ImmutableTags
    Make ECR image tags immutable. On by default; -ImmutableTags:$false makes them mutable.
    .PARAMETER UntaggedImageExpirationDays
    Days after its push that an untagged image in the repository is expired. Default 7.
    .PARAMETER NoncurrentVersionExpirationDays
    Days after which replaced versions of cache/ and scripts/ objects are deleted. Default 30.
    .PARAMETER LogRetentionDays
    Retention of the /aws/batch/job log group (shared by the account's Batch jobs). Default 30.
    .PARAMETER Vcpus
    vCPUs per job. Default 1.
    .PARAMETER MemoryMiB
    Memory per job in MiB. Default 2048.
    .PARAMETER AttemptDurationSeconds
    Batch's per-attempt timeout (the job gets SIGTERM, then SIGKILL, and is not retried). Default 3600.
    .PARAMETER TimeoutMarginSeconds
    How long before the attempt duration the runner's own --timeout fires, so it saves and exits 143
    (retried) first. At least -ContainerStopTimeoutSeconds. Default 120.
    .PARAMETER Attempts
    Attempts per job, retries included. Default 5.
    .PARAMETER ContainerStopTimeoutSeconds
    Seconds between SIGTERM and SIGKILL on the instances (ECS_CONTAINER_STOP_TIMEOUT); the job definition's
    FETCHRUN_GRACE is 5 s less. 30 to 600; default 30.
    .PARAMETER TmpfsSizeMiB
    Size of the /tmp tmpfs (the root file system is read-only); what it holds counts against -MemoryMiB. Default 1024.
    .PARAMETER Tags
    Extra tags; every resource also gets project=fetchrun and fetchrun:prefix=<prefix>.
    .PARAMETER StatePath
    Where to write the state file. Default FETCHRUN_STATE when set (as Read-FetchRunState reads it), else ./fetchrun-<prefix>.json.
    .PARAMETER WaitIntervalSeconds
    Seconds between polls while waiting for VALID or IAM propagation. Default 5.
    .PARAMETER WaitTimeoutSeconds
    Upper bound of each wait. Default 600.
    .EXAMPLE
    Install-FetchRun -Prefix fetchrun -BidPercentage 60 -OnDemandMaxvCpus 16
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[a-z][a-z0-9-]{1,30}$')][string] $Prefix,
        [string] $Image,
        [string[]] $SubnetId = @(),
        [string[]] $SecurityGroupId = @(),
        [ValidateNotNullOrEmpty()][string[]] $InstanceType = @('optimal'),
        [ValidateSet('SPOT_PRICE_CAPACITY_OPTIMIZED', 'SPOT_CAPACITY_OPTIMIZED')][string] $AllocationStrategy = 'SPOT_PRICE_CAPACITY_OPTIMIZED',
        [ValidateRange(1, 100000)][int] $MaxvCpus = 256,
        [ValidateRange(0, 100)][int] $BidPercentage = 0,
        [ValidateRange(0, 100000)][int] $OnDemandMaxvCpus = 0,
        [string] $DatabaseParameterName,
        [string] $KmsKeyArn,
        [switch] $ImmutableTags = $true,
        [ValidateRange(1, 3650)][int] $UntaggedImageExpirationDays = 7,
        [ValidateRange(1, 36500)][int] $NoncurrentVersionExpirationDays = 30,
        [ValidateSet(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)][int] $LogRetentionDays = 30,
        [ValidateRange(1, 192)][int] $Vcpus = 1,
        [ValidateRange(128, 1048576)][int] $MemoryMiB = 2048,
        [ValidateRange(60, 1209600)][int] $AttemptDurationSeconds = 3600,
        [ValidateRange(1, 10)][int] $Attempts = 5,
        [ValidateRange(0, 1209600)][int] $TimeoutMarginSeconds = 120,
        [ValidateRange(30, 600)][int] $ContainerStopTimeoutSeconds = 30,
        [ValidateRange(16, 1048576)][int] $TmpfsSizeMiB = 1024,
        [hashtable] $Tags = @{},
        [string] $StatePath,
        [ValidateRange(0, 3600)][double] $WaitIntervalSeconds = 5,
        [ValidateRange(0, 86400)][double] $WaitTimeoutSeconds = 600
    )
    # Refused before anything is created.
    $null = Get-FetchRunRunnerTimeout -AttemptDurationSeconds $AttemptDurationSeconds -TimeoutMarginSeconds $TimeoutMarginSeconds -ContainerStopTimeoutSeconds $ContainerStopTimeoutSeconds
    $account = Get-FetchRunAccount
    $names = Get-FetchRunResourceName -Prefix $Prefix -AccountId $account.AccountId -Region $account.Region
    $allTags = @{ project = 'fetchrun'; 'fetchrun:prefix' = $Prefix }
    foreach ($key in $Tags.Keys) { $allTags[$key] = "$($Tags[$key])" }
    if (-not $DatabaseParameterName) { $DatabaseParameterName = "/$Prefix/database" }
    $parameterArn = "arn:$($account.Partition):ssm:$($account.Region):$($account.AccountId):parameter/$($DatabaseParameterName.TrimStart('/'))"
    $wait = @{ WaitIntervalSeconds = $WaitIntervalSeconds; WaitTimeoutSeconds = $WaitTimeoutSeconds }
    $results = [System.Collections.Generic.List[object]]::new()
    $add = { param($Result) $results.Add($Result); Write-Information (Format-FetchRunResult $Result) -InformationAction Continue; $Result }

    $bucket = & $add (Set-FetchRunBucket -Name $names.Bucket -Region $account.Region -NoncurrentVersionExpirationDays $NoncurrentVersionExpirationDays -Tags $allTags)
    $repository = & $add (Set-FetchRunRepository -Name $names.Repository -ImmutableTags:$ImmutableTags -UntaggedImageExpirationDays $UntaggedImageExpirationDays -Tags $allTags)
    $logGroup = & $add (Set-FetchRunLogGroup -Name $names.LogGroup -RetentionDays $LogRetentionDays -Tags $allTags)
    $policy = New-FetchRunJobRolePolicy -Bucket $names.Bucket -Partition $account.Partition -DatabaseParameterArn $parameterArn -KmsKeyArn $KmsKeyArn
    $jobRole = & $add (Set-FetchRunRole -Name $names.JobRole -ServicePrincipal 'ecs-tasks.amazonaws.com' -SourceAccount $account.AccountId -InlinePolicy $policy -Tags $allTags)
    $executionRole = & $add (Set-FetchRunRole -Name $names.ExecutionRole -ServicePrincipal 'ecs-tasks.amazonaws.com' -Tags $allTags `
            -ManagedPolicyArn "arn:$($account.Partition):iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")
    $null = & $add (Set-FetchRunRole -Name $names.InstanceRole -ServicePrincipal 'ec2.amazonaws.com' -Tags $allTags `
            -ManagedPolicyArn "arn:$($account.Partition):iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role")
    $instanceProfile = & $add (Set-FetchRunInstanceProfile -Name $names.InstanceProfile -RoleName $names.InstanceRole -Tags $allTags)
    $template = & $add (Set-FetchRunLaunchTemplate -Prefix $Prefix -ContainerStopTimeoutSeconds $ContainerStopTimeoutSeconds -Tags $allTags)
    $serviceRoleArn = Initialize-FetchRunBatchServiceRole
    $network = Get-FetchRunNetwork -SubnetId $SubnetId -SecurityGroupId $SecurityGroupId
    $profileArn = if ($instanceProfile.Arn) { $instanceProfile.Arn } else { "arn:$($account.Partition):iam::$($account.AccountId):instance-profile/$($names.InstanceProfile)" }

    # Settings a compute environment cannot change in place go into its name: a change makes a new one (blue/green).
    $shape = ConvertTo-FetchRunCanonicalJson @{ template = $template.Name; types = $InstanceType; subnets = $network.SubnetId; groups = $network.SecurityGroupId; strategy = $AllocationStrategy; bid = $BidPercentage }
    $environments = @(& $add (Set-FetchRunComputeEnvironment @wait -Spot -Name "$($names.SpotCompute)-$(Get-FetchRunShortHash $shape)" -AllocationStrategy $AllocationStrategy `
                -MaxvCpus $MaxvCpus -InstanceType $InstanceType -SubnetId $network.SubnetId -SecurityGroupId $network.SecurityGroupId -InstanceProfileArn $profileArn `
                -LaunchTemplateName $template.Name -BidPercentage $BidPercentage -ServiceRoleArn $serviceRoleArn -Tags $allTags))
    if ($OnDemandMaxvCpus -gt 0) {
        $shape = ConvertTo-FetchRunCanonicalJson @{ template = $template.Name; types = $InstanceType; subnets = $network.SubnetId; groups = $network.SecurityGroupId }
        $environments += & $add (Set-FetchRunComputeEnvironment @wait -Name "$($names.OnDemandCompute)-$(Get-FetchRunShortHash $shape)" -MaxvCpus $OnDemandMaxvCpus `
                -InstanceType $InstanceType -SubnetId $network.SubnetId -SecurityGroupId $network.SecurityGroupId -InstanceProfileArn $profileArn `
                -LaunchTemplateName $template.Name -ServiceRoleArn $serviceRoleArn -Tags $allTags)
    }
    $queue = & $add (Set-FetchRunJobQueue @wait -Name $names.JobQueue -ComputeEnvironment @($environments.Name) -State ENABLED -Tags $allTags)

    if (-not $Image) { $Image = "$($account.AccountId).dkr.ecr.$($account.Region).amazonaws.com/$($names.Repository):latest" }
    # Under -WhatIf nothing was created, so the plan shows the ARNs the roles will have.
    $roleArn = { param($Result) if ($Result.Arn) { $Result.Arn } else { "arn:$($account.Partition):iam::$($account.AccountId):role/$($Result.Name)" } }
    $request = New-FetchRunJobDefinitionRequest -Name $names.JobDefinition -Image $Image -JobRoleArn (& $roleArn $jobRole) -ExecutionRoleArn (& $roleArn $executionRole) `
        -DatabaseParameterName $DatabaseParameterName -Vcpus $Vcpus -MemoryMiB $MemoryMiB -AttemptDurationSeconds $AttemptDurationSeconds -Attempts $Attempts -Tags $allTags `
        -ContainerStopTimeoutSeconds $ContainerStopTimeoutSeconds -TimeoutMarginSeconds $TimeoutMarginSeconds -TmpfsSizeMiB $TmpfsSizeMiB -ReportUri "s3://$($names.Bucket)/reports/"
    $definition = & $add (Set-FetchRunJobDefinition -Request $request)

    $state = [ordered]@{
        prefix                = $Prefix
        region                = $account.Region
        accountId             = $account.AccountId
        bucket                = $bucket.Name
        scriptPrefix          = "s3://$($bucket.Name)/scripts/"
        inputPrefix           = "s3://$($bucket.Name)/inputs/"
        cachePrefix           = "s3://$($bucket.Name)/cache/"
        repository            = $repository.Name
        repositoryArn         = $repository.Arn
        image                 = $Image
        jobRoleArn            = $jobRole.Arn
        executionRoleArn      = $executionRole.Arn
        instanceProfileArn    = $instanceProfile.Arn
        launchTemplate        = $template.Name
        computeEnvironments   = @($environments | ForEach-Object { [ordered]@{ name = $_.Name; arn = $_.Arn } })
        jobQueue              = $queue.Name
        jobQueueArn           = $queue.Arn
        jobDefinition         = $definition.Name
        jobDefinitionArn      = $definition.Arn
        databaseParameterName = $DatabaseParameterName
        logGroup              = $logGroup.Name
    }
    if (-not $StatePath) { $StatePath = if ($env:FETCHRUN_STATE) { $env:FETCHRUN_STATE } else { Join-Path (Get-Location) "fetchrun-$Prefix.json" } }
    $changed = @($results | Where-Object Changed).Count
    if ($WhatIfPreference) {
        Write-Information "What if: $changed resource(s) would change; state file $StatePath not written." -InformationAction Continue
    }
    else {
        $state | ConvertTo-Json -Depth 10 | Set-Content -LiteralPath $StatePath -Encoding utf8NoBOM -WhatIf:$false -Confirm:$false
        $summary = if ($changed) { "$changed resource(s) changed." } else { 'No changes: everything was already in place.' }
        Write-Information "$summary State written to $StatePath." -InformationAction Continue
    }
    [pscustomobject]@{ PSTypeName = 'FetchRun.Installation'; Changed = $changed -gt 0; Results = $results.ToArray(); State = [pscustomobject]$state; StatePath = $StatePath }
}
