# Trust policies: the job role is assumable by ECS tasks only on behalf of the deployment's own account.
# IAM User Guide, cross-service confused deputy prevention: https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'New-FetchRunTrustPolicy' {
    It 'SourceAccount_Given_ConditionsTheStatementOnIt' {
        $policy = InModuleScope FetchRun { New-FetchRunTrustPolicy -ServicePrincipal 'ecs-tasks.amazonaws.com' -SourceAccount '123456789012' } | ConvertTo-Json -Depth 10 -Compress
        $policy | Should -Be ('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole",' +
            '"Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"}}}]}')
    }

    It 'SourceAccount_Omitted_HasNoCondition' {
        $statement = (InModuleScope FetchRun { New-FetchRunTrustPolicy -ServicePrincipal 'ec2.amazonaws.com' }).Statement[0]
        $statement.Keys | Should -Not -Contain 'Condition'
    }

    It 'SourceAccount_NotAnAccountId_Refused' {
        { InModuleScope FetchRun { New-FetchRunTrustPolicy -ServicePrincipal 'ecs-tasks.amazonaws.com' -SourceAccount '12345' } } | Should -Throw '*SourceAccount*'
    }
}

Describe 'Set-FetchRunRole trust and extra policies' {
    It 'Existing_TrustWithoutSourceAccount_UpdatedToCarryIt' {
        Register-FakeAws -Responses @{
            'iam get-role'                    = @{ Role = @{ Arn = 'arn:aws:iam::123456789012:role/r'; AssumeRolePolicyDocument = @{ Version = '2012-10-17'; Statement = @(@{ Effect = 'Allow'; Principal = @{ Service = 'ecs-tasks.amazonaws.com' }; Action = 'sts:AssumeRole' }) } } }
            'iam list-attached-role-policies' = @{ AttachedPolicies = @() }
        }
        (Set-FetchRunRole -Name r -ServicePrincipal 'ecs-tasks.amazonaws.com' -SourceAccount '123456789012').Changes | Should -Be 'trust policy updated'
        $sent = (Get-FakeAwsCall 'iam update-assume-role-policy')[0].Request.PolicyDocument | ConvertFrom-Json
        $sent.Statement[0].Condition.StringEquals.'aws:SourceAccount' | Should -Be '123456789012'
    }

    It 'Existing_TrustWithSourceAccount_Unchanged' {
        Register-FakeAws -Responses @{
            'iam get-role'                    = @{ Role = @{ Arn = 'arn:aws:iam::123456789012:role/r'; AssumeRolePolicyDocument = @{ Version = '2012-10-17'; Statement = @(@{ Effect = 'Allow'; Principal = @{ Service = 'ecs-tasks.amazonaws.com' }; Action = 'sts:AssumeRole'
                                Condition = @{ StringEquals = @{ 'aws:SourceAccount' = '123456789012' } } }) } } }
            'iam list-attached-role-policies' = @{ AttachedPolicies = @() }
        }
        (Set-FetchRunRole -Name r -ServicePrincipal 'ecs-tasks.amazonaws.com' -SourceAccount '123456789012').Changed | Should -BeFalse
    }

    It 'Existing_PolicyAttachedByHand_WarnsAndLeavesIt' {
        Register-FakeAws -Responses @{
            'iam get-role'                    = @{ Role = @{ Arn = 'arn:aws:iam::1:role/i'; AssumeRolePolicyDocument = @{ Version = '2012-10-17'; Statement = @(@{ Effect = 'Allow'; Principal = @{ Service = 'ec2.amazonaws.com' }; Action = 'sts:AssumeRole' }) } } }
            'iam list-attached-role-policies' = @{ AttachedPolicies = @(@{ PolicyArn = 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role' }, @{ PolicyArn = 'arn:aws:iam::aws:policy/AmazonS3FullAccess' }) }
        }
        $result = Set-FetchRunRole -Name i -ServicePrincipal 'ec2.amazonaws.com' -ManagedPolicyArn 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role' -WarningVariable warnings -WarningAction SilentlyContinue
        $result.Changed | Should -BeFalse
        "$warnings" | Should -Match 'AmazonS3FullAccess'
        Get-FakeAwsCall 'iam detach-role-policy' | Should -BeNullOrEmpty
    }
}
