function Remove-FetchRun {
    <#
    .SYNOPSIS
    Tears FetchRun down in dependency order: queue, compute environments, job definitions, launch templates, instance profile, roles, repository; the bucket only with -IncludeData.
    .DESCRIPTION
    Queues and compute environments are disabled, then deleted, and each deletion is waited out before what
    it depends on goes. Batch's service-linked role stays: other Batch users in the account rely on it.
    Asks for confirmation (ConfirmImpact High) unless -Force.
    .PARAMETER Prefix
    The prefix given to Install-FetchRun.
    .PARAMETER IncludeData
    Also empty (every object version) and delete the bucket.
    .PARAMETER Force
    Do not ask for confirmation.
    .PARAMETER WaitIntervalSeconds
    Seconds between polls. Default 5.
    .PARAMETER WaitTimeoutSeconds
    Upper bound of each wait. Default 600.
    .EXAMPLE
    Remove-FetchRun -Prefix fetchrun -Force
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[a-z][a-z0-9-]{1,30}$')][string] $Prefix,
        [switch] $IncludeData,
        [switch] $Force,
        [ValidateRange(0, 3600)][double] $WaitIntervalSeconds = 5,
        [ValidateRange(0, 86400)][double] $WaitTimeoutSeconds = 600
    )
    if ($Force -and -not $PSBoundParameters.ContainsKey('Confirm')) { $ConfirmPreference = 'None' }
    $account = Get-FetchRunAccount
    $names = Get-FetchRunResourceName -Prefix $Prefix -AccountId $account.AccountId -Region $account.Region
    $what = if ($IncludeData) { "everything named $Prefix-*, including bucket $($names.Bucket) and its data" } else { "everything named $Prefix-* except bucket $($names.Bucket)" }
    if (-not $PSCmdlet.ShouldProcess($what, 'Remove FetchRun')) { return }
    # Each step below asked once above; its own calls need no second confirmation.
    $ConfirmPreference = 'None'
    $wait = @{ IntervalSeconds = $WaitIntervalSeconds; TimeoutSeconds = $WaitTimeoutSeconds }

    $queue = @((Invoke-FetchRunAws -Service batch -Operation describe-job-queues -InputObject @{ jobQueues = @($names.JobQueue) } -ReadOnly).jobQueues | Where-Object status -ne 'DELETED')[0]
    if ($queue) {
        Disable-FetchRunBatchResource -Kind 'job-queue' -Name $queue.jobQueueName -State $queue.state @wait
        Invoke-FetchRunAws -Service batch -Operation delete-job-queue -InputObject @{ jobQueue = $queue.jobQueueName } | Out-Null
        Wait-FetchRunBatchResourceGone -Kind 'job-queue' -Name $queue.jobQueueName @wait
    }

    $environments = @((Invoke-FetchRunAws -Service batch -Operation describe-compute-environments -ReadOnly).computeEnvironments |
            Where-Object { $_.computeEnvironmentName -like "$($names.SpotCompute)-*" -or $_.computeEnvironmentName -like "$($names.OnDemandCompute)-*" })
    foreach ($environment in $environments) {
        Disable-FetchRunBatchResource -Kind 'compute-environment' -Name $environment.computeEnvironmentName -State $environment.state @wait
        Invoke-FetchRunAws -Service batch -Operation delete-compute-environment -InputObject @{ computeEnvironment = $environment.computeEnvironmentName } | Out-Null
    }
    foreach ($environment in $environments) { Wait-FetchRunBatchResourceGone -Kind 'compute-environment' -Name $environment.computeEnvironmentName @wait }

    $definitions = (Invoke-FetchRunAws -Service batch -Operation describe-job-definitions -InputObject @{ jobDefinitionName = $names.JobDefinition; status = 'ACTIVE' } -ReadOnly).jobDefinitions
    foreach ($definition in @($definitions | Where-Object { $_ })) {
        Invoke-FetchRunAws -Service batch -Operation deregister-job-definition -InputObject @{ jobDefinition = $definition.jobDefinitionArn } | Out-Null
    }

    $templates = (Invoke-FetchRunAws -Service ec2 -Operation describe-launch-templates -InputObject @{ Filters = @(@{ Name = 'tag:fetchrun:prefix'; Values = @($Prefix) }) } -ReadOnly).LaunchTemplates
    foreach ($template in @($templates | Where-Object LaunchTemplateName -like "$($names.LaunchTemplate)-*")) {
        Invoke-FetchRunAws -Service ec2 -Operation delete-launch-template -InputObject @{ LaunchTemplateId = $template.LaunchTemplateId } | Out-Null
    }

    Invoke-FetchRunAws -Service iam -Operation remove-role-from-instance-profile -InputObject @{ InstanceProfileName = $names.InstanceProfile; RoleName = $names.InstanceRole } -IgnoreError 'NoSuchEntity|not found|does not exist' | Out-Null
    Invoke-FetchRunAws -Service iam -Operation delete-instance-profile -InputObject @{ InstanceProfileName = $names.InstanceProfile } -IgnoreError 'NoSuchEntity' | Out-Null
    foreach ($role in $names.JobRole, $names.ExecutionRole, $names.InstanceRole) { Remove-FetchRunRole -Name $role }

    Invoke-FetchRunAws -Service ecr -Operation delete-repository -InputObject @{ repositoryName = $names.Repository; force = $true } -IgnoreError 'RepositoryNotFoundException' | Out-Null
    if ($IncludeData) { Remove-FetchRunBucket -Name $names.Bucket }
    Write-Information "FetchRun '$Prefix' removed$(if (-not $IncludeData) { "; bucket $($names.Bucket) kept (use -IncludeData)" })." -InformationAction Continue
}
