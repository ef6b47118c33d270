# Idempotence of the setters: a resource already in line gets no write; one that drifted gets exactly the fix.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'Set-FetchRunBucket' {
    BeforeAll {
        function script:Get-InLineBucket {
            @{
                's3api get-bucket-location'     = @{ LocationConstraint = $null }
                's3api get-public-access-block' = @{ PublicAccessBlockConfiguration = @{ BlockPublicAcls = $true; IgnorePublicAcls = $true; BlockPublicPolicy = $true; RestrictPublicBuckets = $true } }
                's3api get-bucket-encryption'   = @{ ServerSideEncryptionConfiguration = @{ Rules = @(@{ ApplyServerSideEncryptionByDefault = @{ SSEAlgorithm = 'AES256' } }) } }
                's3api get-bucket-versioning'   = @{ Status = 'Enabled' }
                's3api get-bucket-tagging'      = @{ TagSet = @(@{ Key = 'project'; Value = 'fetchrun' }) }
                's3api get-bucket-lifecycle-configuration' = @{ Rules = @(
                        @{ ID = 'fetchrun-scripts-noncurrent'; Filter = @{ Prefix = 'scripts/' }; Status = 'Enabled'; NoncurrentVersionExpiration = @{ NoncurrentDays = 30 } }
                        @{ ID = 'fetchrun-cache-noncurrent'; Filter = @{ Prefix = 'cache/' }; Status = 'Enabled'; NoncurrentVersionExpiration = @{ NoncurrentDays = 30 } }) }
            }
        }
    }

    It 'Existing_InLine_WritesNothing' {
        Register-FakeAws -Responses (Get-InLineBucket)
        $result = Set-FetchRunBucket -Name 'fr-1-us-east-1' -Region 'us-east-1' -Tags @{ project = 'fetchrun' }
        $result.Changed | Should -BeFalse
        @(Get-FakeAwsCall | Where-Object { -not $_.ReadOnly }) | Should -BeNullOrEmpty
    }

    It 'Existing_VersioningSuspended_TurnsItBackOn' {
        $responses = Get-InLineBucket
        $responses['s3api get-bucket-versioning'] = @{ Status = 'Suspended' }
        Register-FakeAws -Responses $responses
        $result = Set-FetchRunBucket -Name 'fr-1-us-east-1' -Region 'us-east-1' -Tags @{ project = 'fetchrun' }
        $result.Changes | Should -Be 'versioning on'
        @(Get-FakeAwsCall | Where-Object { -not $_.ReadOnly }).Call | Should -Be 's3api put-bucket-versioning'
    }
}

Describe 'Set-FetchRunBucket lifecycle' {
    BeforeAll {
        function script:Get-BucketWithLifecycle([object[]] $Rules) {
            $responses = Get-InLineBucket
            if ($null -eq $Rules) { $responses.Remove('s3api get-bucket-lifecycle-configuration') } else { $responses['s3api get-bucket-lifecycle-configuration'] = @{ Rules = $Rules } }
            Register-FakeAws -Responses $responses
        }
        function script:Get-PutRule { @((Get-FakeAwsCall 's3api put-bucket-lifecycle-configuration')[0].Request.LifecycleConfiguration.Rules) }
    }

    It 'NoLifecycle_Given_PutsNoncurrentExpiryForCacheAndScripts' {
        Get-BucketWithLifecycle $null
        $result = Set-FetchRunBucket -Name 'fr-1-us-east-1' -Region 'us-east-1' -NoncurrentVersionExpirationDays 12 -Tags @{ project = 'fetchrun' }
        $result.Changes | Should -Be 'noncurrent versions expire after 12 days'
        $rules = Get-PutRule
        ($rules | ForEach-Object { "$($_.Filter.Prefix)=$($_.NoncurrentVersionExpiration.NoncurrentDays) $($_.Status)" }) | Should -Be @('cache/=12 Enabled', 'scripts/=12 Enabled')
        $rules | ForEach-Object { $_.Keys | Should -Not -Contain 'Expiration' -Because 'current versions are never expired' }
    }

    It 'OtherRules_Present_KeptBesideOurs' {
        Get-BucketWithLifecycle @(@{ ID = 'inputs-archive'; Filter = @{ Prefix = 'inputs/' }; Status = 'Enabled'; Transitions = @(@{ Days = 30; StorageClass = 'GLACIER' }) })
        Set-FetchRunBucket -Name 'fr-1-us-east-1' -Region 'us-east-1' -Tags @{ project = 'fetchrun' } | Out-Null
        (Get-PutRule).ID | Should -Be @('inputs-archive', 'fetchrun-cache-noncurrent', 'fetchrun-scripts-noncurrent')
        (Get-PutRule)[0].Transitions[0].StorageClass | Should -Be 'GLACIER'
    }

    It 'DaysChanged_Existing_PutsTheNewDays' {
        Register-FakeAws -Responses (Get-InLineBucket)
        (Set-FetchRunBucket -Name 'fr-1-us-east-1' -Region 'us-east-1' -NoncurrentVersionExpirationDays 90 -Tags @{ project = 'fetchrun' }).Changes | Should -Be 'noncurrent versions expire after 90 days'
        (Get-PutRule).NoncurrentVersionExpiration.NoncurrentDays | Should -Be @(90, 90)
    }
}

Describe 'Set-FetchRunRole' {
    It 'Existing_InlinePolicyDrifted_PutsItAgain' {
        $wanted = [ordered]@{ Version = '2012-10-17'; Statement = @([ordered]@{ Effect = 'Allow'; Action = @('ssm:GetParameter'); Resource = @('arn:p') }) }
        Register-FakeAws -Responses @{
            'iam get-role'                    = @{ Role = @{ Arn = 'arn:aws:iam::1:role/r'; AssumeRolePolicyDocument = @{ Version = '2012-10-17'; Statement = @(@{ Effect = 'Allow'; Principal = @{ Service = 'ecs-tasks.amazonaws.com' }; Action = 'sts:AssumeRole' }) } } }
            'iam get-role-policy'             = @{ PolicyDocument = @{ Version = '2012-10-17'; Statement = @(@{ Effect = 'Allow'; Action = 's3:*'; Resource = '*' }) } }
            'iam list-attached-role-policies' = @{ AttachedPolicies = @() }
        }
        $result = Set-FetchRunRole -Name r -ServicePrincipal 'ecs-tasks.amazonaws.com' -InlinePolicy $wanted
        $result.Changes | Should -Be 'inline policy set'
        ((Get-FakeAwsCall 'iam put-role-policy')[0].Request.PolicyDocument | ConvertFrom-Json).Statement[0].Action | Should -Be 'ssm:GetParameter'
    }

    It 'Existing_TrustDiffers_UpdatesTrust' {
        Register-FakeAws -Responses @{
            'iam get-role'                    = @{ Role = @{ Arn = 'arn:aws:iam::1:role/r'; AssumeRolePolicyDocument = '%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D' } }
            'iam list-attached-role-policies' = @{ AttachedPolicies = @() }
        }
        (Set-FetchRunRole -Name r -ServicePrincipal 'ec2.amazonaws.com').Changes | Should -Be 'trust policy updated'
    }
}

Describe 'Set-FetchRunJobQueue' {
    It 'Existing_NewEnvironment_ReordersAndWarnsAboutTheOldOne' {
        Register-FakeAws -Responses @{
            'batch describe-job-queues' = @{ jobQueues = @(@{ jobQueueName = 'q'; jobQueueArn = 'arn:q'; state = 'ENABLED'; status = 'VALID'; priority = 1
                        computeEnvironmentOrder = @(@{ order = 1; computeEnvironment = 'arn:aws:batch:us-east-1:1:compute-environment/fr-spot-old' }) }) }
        }
        $result = Set-FetchRunJobQueue -Name q -ComputeEnvironment 'fr-spot-new' -WaitIntervalSeconds 0 -WarningVariable warnings -WarningAction SilentlyContinue
        $result.Changes | Should -Be 'compute environments fr-spot-new'
        (Get-FakeAwsCall 'batch update-job-queue')[0].Request.computeEnvironmentOrder[0].computeEnvironment | Should -Be 'fr-spot-new'
        "$warnings" | Should -Match 'fr-spot-old'
    }
}
