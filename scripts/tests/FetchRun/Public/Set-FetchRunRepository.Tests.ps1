# The ECR repository: immutable tags by default, scan on push, a lifecycle policy for untagged images.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
    function script:Get-PolicyText([int] $Days) {
        ([ordered]@{ rules = @([ordered]@{ rulePriority = 1; description = "Expire untagged images $Days days after push"
                        selection = [ordered]@{ tagStatus = 'untagged'; countType = 'sinceImagePushed'; countUnit = 'days'; countNumber = $Days }
                        action = @{ type = 'expire' } }) }) | ConvertTo-Json -Depth 10
    }
    function script:Get-InLineRepository([string] $Mutability = 'IMMUTABLE', [int] $Days = 7) {
        @{
            'ecr describe-repositories' = @{ repositories = @(@{ repositoryArn = 'arn:r'; imageTagMutability = $Mutability; imageScanningConfiguration = @{ scanOnPush = $true } }) }
            'ecr get-lifecycle-policy'  = @{ lifecyclePolicyText = (Get-PolicyText $Days) }
        }
    }
}

Describe 'Set-FetchRunRepository' {
    It 'Missing_Default_CreatedImmutableWithUntaggedExpiry' {
        Register-FakeAws -Responses @{ 'ecr create-repository' = @{ repository = @{ repositoryArn = 'arn:r' } } }
        $result = Set-FetchRunRepository -Name fr-runner
        $result.Changes | Should -Be @('created', 'untagged images expire after 7 days')
        (Get-FakeAwsCall 'ecr create-repository')[0].Request.imageTagMutability | Should -Be 'IMMUTABLE'
        $policy = (Get-FakeAwsCall 'ecr put-lifecycle-policy')[0].Request.lifecyclePolicyText | ConvertFrom-Json
        $policy.rules.Count | Should -Be 1
        $policy.rules[0].selection.tagStatus | Should -Be 'untagged'
        $policy.rules[0].selection.countType | Should -Be 'sinceImagePushed'
        $policy.rules[0].selection.countNumber | Should -Be 7
        $policy.rules[0].action.type | Should -Be 'expire'
    }

    It 'Existing_InLine_WritesNothing' {
        Register-FakeAws -Responses (Get-InLineRepository)
        (Set-FetchRunRepository -Name fr-runner).Changed | Should -BeFalse
        @(Get-FakeAwsCall | Where-Object { -not $_.ReadOnly }) | Should -BeNullOrEmpty
    }

    It 'Existing_PolicyWithOtherLayout_ComparesByContent' {
        $responses = Get-InLineRepository
        $responses['ecr get-lifecycle-policy'] = @{ lifecyclePolicyText = ((Get-PolicyText 7) | ConvertFrom-Json | ConvertTo-Json -Depth 10 -Compress) }
        Register-FakeAws -Responses $responses
        (Set-FetchRunRepository -Name fr-runner).Changed | Should -BeFalse
    }

    It 'Existing_NoPolicyAndMutableTags_PutsBoth' {
        $responses = Get-InLineRepository -Mutability 'MUTABLE'
        $responses.Remove('ecr get-lifecycle-policy')
        Register-FakeAws -Responses $responses
        (Set-FetchRunRepository -Name fr-runner -UntaggedImageExpirationDays 3).Changes | Should -Be @('tags immutable', 'untagged images expire after 3 days')
    }

    It 'ImmutableTagsOff_Existing_MakesThemMutable' {
        Register-FakeAws -Responses (Get-InLineRepository)
        (Set-FetchRunRepository -Name fr-runner -ImmutableTags:$false).Changes | Should -Be 'tags mutable'
        (Get-FakeAwsCall 'ecr put-image-tag-mutability')[0].Request.imageTagMutability | Should -Be 'MUTABLE'
    }
}
