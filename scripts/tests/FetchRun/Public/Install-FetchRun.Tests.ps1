# Install-FetchRun with the CLI wrapper mocked: what each created resource's request holds.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
    $script:statePath = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-unit-$([guid]::NewGuid().ToString('n')).json"
    function script:Invoke-FreshInstall([hashtable] $Extra = @{}) {
        $global:FakeCreated = @{}
        Register-FakeAws -Responses (Get-EmptyAccountResponse)
        InModuleScope FetchRun { Set-FetchRunAwsDefault -Region 'us-east-1' }
        Install-FetchRun -Prefix fr -StatePath $statePath -WaitIntervalSeconds 0 -WaitTimeoutSeconds 1 @Extra 6>$null
    }
    function script:Get-Request([string] $Call) { @(Get-FakeAwsCall $Call)[0].Request }
}

AfterAll { Remove-Item $statePath -ErrorAction SilentlyContinue }

Describe 'Install-FetchRun on an empty account' {
    BeforeAll { $script:result = Invoke-FreshInstall }

    It 'Bucket_Created_BlocksPublicAccessEncryptsAndVersions' {
        (Get-Request 's3api create-bucket').Bucket | Should -Be 'fr-123456789012-us-east-1'
        $block = (Get-Request 's3api put-public-access-block').PublicAccessBlockConfiguration
        $block.Values | Should -Be @($true, $true, $true, $true)
        (Get-Request 's3api put-bucket-encryption').ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm | Should -Be 'AES256'
        (Get-Request 's3api put-bucket-versioning').VersioningConfiguration.Status | Should -Be 'Enabled'
    }

    It 'Repository_Created_ScansOnPush' {
        (Get-Request 'ecr create-repository').imageScanningConfiguration.scanOnPush | Should -BeTrue
    }

    It 'Repository_Created_ImmutableTagsAndUntaggedExpiryByDefault' {
        (Get-Request 'ecr create-repository').imageTagMutability | Should -Be 'IMMUTABLE'
        ((Get-Request 'ecr put-lifecycle-policy').lifecyclePolicyText | ConvertFrom-Json).rules[0].selection.tagStatus | Should -Be 'untagged'
    }

    It 'Bucket_Created_ExpiresNoncurrentCacheAndScriptVersions' {
        $rules = (Get-Request 's3api put-bucket-lifecycle-configuration').LifecycleConfiguration.Rules
        ($rules | ForEach-Object { "$($_.Filter.Prefix)=$($_.NoncurrentVersionExpiration.NoncurrentDays)" }) | Should -Be @('cache/=30', 'scripts/=30')
    }

    It 'LogGroup_Missing_CreatedWithRetention' {
        (Get-Request 'logs create-log-group').logGroupName | Should -Be '/aws/batch/job'
        (Get-Request 'logs put-retention-policy').retentionInDays | Should -Be 30
    }

    It 'JobRole_Created_TrustedOnlyOnBehalfOfThisAccount' {
        $create = @(Get-FakeAwsCall 'iam create-role' | Where-Object { $_.Request.RoleName -eq 'fr-job' })[0]
        ($create.Request.AssumeRolePolicyDocument | ConvertFrom-Json).Statement[0].Condition.StringEquals.'aws:SourceAccount' | Should -Be '123456789012'
    }

    It 'InstanceRole_Created_HoldsOnlyTheManagedEcsInstancePolicy' {
        # Hop limit 2 lets job code read this role's credentials from the metadata service: it must stay this narrow.
        @(Get-FakeAwsCall 'iam attach-role-policy' | Where-Object { $_.Request.RoleName -eq 'fr-instance' }).Request.PolicyArn |
            Should -Be @('arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role')
        Get-FakeAwsCall 'iam put-role-policy' | Where-Object { $_.Request.RoleName -eq 'fr-instance' } | Should -BeNullOrEmpty
    }

    It 'LaunchTemplate_Created_RequiresImdsV2WithHopLimitTwo' {
        $options = (Get-Request 'ec2 create-launch-template').LaunchTemplateData.MetadataOptions
        "$($options.HttpTokens) $($options.HttpPutResponseHopLimit) $($options.HttpEndpoint)" | Should -Be 'required 2 enabled'
    }

    It 'Roles_Created_TrustTheRightServices' {
        $trust = @{}
        foreach ($call in Get-FakeAwsCall 'iam create-role') { $trust[$call.Request.RoleName] = ($call.Request.AssumeRolePolicyDocument | ConvertFrom-Json).Statement[0].Principal.Service }
        $trust['fr-job'] | Should -Be 'ecs-tasks.amazonaws.com'
        $trust['fr-execution'] | Should -Be 'ecs-tasks.amazonaws.com'
        $trust['fr-instance'] | Should -Be 'ec2.amazonaws.com'
    }

    It 'JobRolePolicy_Put_HasNoWildcardActions' {
        $put = @(Get-FakeAwsCall 'iam put-role-policy' | Where-Object { $_.Request.RoleName -eq 'fr-job' })[0]
        $policy = $put.Request.PolicyDocument | ConvertFrom-Json
        @($policy.Statement.Action) | Where-Object { $_ -match '\*' } | Should -BeNullOrEmpty
    }

    It 'JobRolePolicy_Put_WritesOnlyReportsToTheBucket' {
        $put = @(Get-FakeAwsCall 'iam put-role-policy' | Where-Object { $_.Request.RoleName -eq 'fr-job' })[0]
        $policy = $put.Request.PolicyDocument | ConvertFrom-Json
        $writes = @($policy.Statement | Where-Object { @($_.Action) -match '^s3:(Put|Delete|Abort|Restore)' })
        @($writes.Action) | Should -Be 's3:PutObject'
        @($writes.Resource) | Should -BeLike '*/reports/*'
    }

    It 'InstanceRole_Attached_EcsInstancePolicyAndInProfile' {
        (Get-FakeAwsCall 'iam attach-role-policy' | Where-Object { $_.Request.RoleName -eq 'fr-instance' }).Request.PolicyArn |
            Should -Be 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'
        (Get-Request 'iam add-role-to-instance-profile').RoleName | Should -Be 'fr-instance'
    }

    It 'SpotEnvironment_Created_WithTheRequiredShape' {
        $request = Get-Request 'batch create-compute-environment'
        $request.type | Should -Be 'MANAGED'
        $request.state | Should -Be 'ENABLED'
        $request.serviceRole | Should -Be 'arn:aws:iam::123456789012:role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch'
        $resources = $request.computeResources
        $resources.type | Should -Be 'SPOT'
        $resources.allocationStrategy | Should -Be 'SPOT_PRICE_CAPACITY_OPTIMIZED'
        $resources.minvCpus | Should -Be 0
        $resources.maxvCpus | Should -Be 256
        $resources.instanceTypes | Should -Be 'optimal'
        $resources.subnets | Should -Be @('subnet-a', 'subnet-b')
        $resources.instanceRole | Should -Be 'arn:aws:iam::123456789012:instance-profile/fr-instance'
        $resources.launchTemplate.launchTemplateName | Should -BeLike 'fr-spot-drain-*'
        $resources.Keys | Should -Not -Contain 'bidPercentage'
    }

    It 'LaunchTemplate_Created_CarriesTheDrainingUserData' {
        $request = Get-Request 'ec2 create-launch-template'
        $text = [System.Text.Encoding]::ASCII.GetString([Convert]::FromBase64String($request.LaunchTemplateData.UserData))
        $text | Should -Match 'ECS_ENABLE_SPOT_INSTANCE_DRAINING=true'
    }

    It 'Queue_Created_EnabledOverTheSpotEnvironment' {
        $request = Get-Request 'batch create-job-queue'
        $request.state | Should -Be 'ENABLED'
        @($request.computeEnvironmentOrder).Count | Should -Be 1
        $request.computeEnvironmentOrder[0].computeEnvironment | Should -BeLike 'fr-spot-*'
    }

    It 'JobDefinition_Registered_WithRetryRulesAndImage' {
        $request = Get-Request 'batch register-job-definition'
        $request.containerProperties.image | Should -Be '123456789012.dkr.ecr.us-east-1.amazonaws.com/fr-runner:latest'
        $request.retryStrategy.evaluateOnExit[-1].onReason | Should -Be '*'
        $request.retryStrategy.evaluateOnExit[-1].action | Should -Be 'EXIT'
    }

    It 'State_Written_NamesWhatWasMade' {
        $state = Get-Content -Raw $statePath | ConvertFrom-Json
        $state.jobQueue | Should -Be 'fr-queue'
        $state.jobDefinition | Should -Be 'fr-run:1'
        $state.bucket | Should -Be 'fr-123456789012-us-east-1'
    }

    It 'Result_FreshAccount_ReportsChanges' {
        $result.Changed | Should -BeTrue
    }
}

Describe 'Install-FetchRun options' {
    It 'BidPercentage_Given_SetOnTheSpotEnvironment' {
        Invoke-FreshInstall @{ BidPercentage = 40 } | Out-Null
        (Get-Request 'batch create-compute-environment').computeResources.bidPercentage | Should -Be 40
    }

    It 'OnDemand_Given_OrderedAfterSpot' {
        Invoke-FreshInstall @{ OnDemandMaxvCpus = 8 } | Out-Null
        $order = (Get-Request 'batch create-job-queue').computeEnvironmentOrder
        $order[0].computeEnvironment | Should -BeLike 'fr-spot-*'
        $order[1].computeEnvironment | Should -BeLike 'fr-ondemand-*'
        $onDemand = (Get-FakeAwsCall 'batch create-compute-environment')[1].Request.computeResources
        $onDemand.type | Should -Be 'EC2'
        $onDemand.maxvCpus | Should -Be 8
    }

    It 'Retention_Given_SetOnTheLogGroup' {
        Invoke-FreshInstall @{ LogRetentionDays = 365; NoncurrentVersionExpirationDays = 7; UntaggedImageExpirationDays = 2 } | Out-Null
        (Get-Request 'logs put-retention-policy').retentionInDays | Should -Be 365
        @((Get-Request 's3api put-bucket-lifecycle-configuration').LifecycleConfiguration.Rules.NoncurrentVersionExpiration.NoncurrentDays) | Should -Be @(7, 7)
        ((Get-Request 'ecr put-lifecycle-policy').lifecyclePolicyText | ConvertFrom-Json).rules[0].selection.countNumber | Should -Be 2
    }

    It 'StopTimeout_Changed_NewTemplateAndNewSpotEnvironment' {
        Invoke-FreshInstall | Out-Null
        $before = (Get-Request 'batch create-compute-environment').computeResources.launchTemplate.launchTemplateName, (Get-Request 'batch create-compute-environment').computeEnvironmentName
        Invoke-FreshInstall @{ ContainerStopTimeoutSeconds = 90 } | Out-Null
        $after = (Get-Request 'batch create-compute-environment').computeResources.launchTemplate.launchTemplateName, (Get-Request 'batch create-compute-environment').computeEnvironmentName
        $after[0] | Should -Not -Be $before[0] -Because 'a compute environment never picks up an edited template'
        $after[1] | Should -Not -Be $before[1] -Because 'the new template rolls out through a new (green) environment'
    }

    It 'ImmutableTagsOff_Given_RepositoryMutable' {
        Invoke-FreshInstall @{ ImmutableTags = $false } | Out-Null
        (Get-Request 'ecr create-repository').imageTagMutability | Should -Be 'MUTABLE'
    }

    It 'ContainerStopTimeout_Under30Seconds_RefusedBeforeAnyCall' {
        $global:FakeCreated = @{}
        Register-FakeAws -Responses (Get-EmptyAccountResponse)
        { Install-FetchRun -Prefix fr -StatePath $statePath -ContainerStopTimeoutSeconds 20 6>$null } | Should -Throw '*ContainerStopTimeoutSeconds*'
        Get-FakeAwsCall | Should -BeNullOrEmpty
    }

    It 'TimeoutMargin_BelowStopTimeout_RefusedBeforeAnyCall' {
        $global:FakeCreated = @{}
        Register-FakeAws -Responses (Get-EmptyAccountResponse)
        { Install-FetchRun -Prefix fr -StatePath $statePath -ContainerStopTimeoutSeconds 120 -TimeoutMarginSeconds 60 6>$null } | Should -Throw '*-TimeoutMarginSeconds (60)*'
        Get-FakeAwsCall | Should -BeNullOrEmpty
    }

    It 'StateFile_FetchRunStateSet_WrittenThere' {
        $elsewhere = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-unit-env-$([guid]::NewGuid().ToString('n')).json"
        $env:FETCHRUN_STATE = $elsewhere
        try {
            $global:FakeCreated = @{}
            Register-FakeAws -Responses (Get-EmptyAccountResponse)
            InModuleScope FetchRun { Set-FetchRunAwsDefault -Region 'us-east-1' }
            (Install-FetchRun -Prefix fr -WaitIntervalSeconds 0 -WaitTimeoutSeconds 1 6>$null).StatePath | Should -Be $elsewhere
            (Get-Content -Raw $elsewhere | ConvertFrom-Json).jobQueue | Should -Be 'fr-queue'
        }
        finally {
            Remove-Item Env:FETCHRUN_STATE
            Remove-Item $elsewhere -ErrorAction SilentlyContinue
        }
    }

    It 'WhatIf_EmptyAccount_WritesNoStateFile' {
        Remove-Item $statePath -ErrorAction SilentlyContinue
        $global:FakeCreated = @{}
        Register-FakeAws -Responses (Get-EmptyAccountResponse)
        Install-FetchRun -Prefix fr -StatePath $statePath -WhatIf 6>$null | Out-Null
        Test-Path $statePath | Should -BeFalse
    }
}
