BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'Remove-FetchRun' {
    BeforeEach {
        $global:FakeDeleted = @{}
        Register-FakeAws -Responses @{
            'sts get-caller-identity'             = @{ Account = '123456789012'; Arn = 'arn:aws:iam::123456789012:user/ops' }
            'batch describe-job-queues'           = { param($r) if (-not $global:FakeDeleted.queue) { @{ jobQueues = @(@{ jobQueueName = 'fr-queue'; state = 'DISABLED'; status = 'VALID' }) } } }
            'batch delete-job-queue'              = { $global:FakeDeleted.queue = $true; @{} }
            'batch describe-compute-environments' = { param($r) if (-not $global:FakeDeleted.ce) { @{ computeEnvironments = @(@{ computeEnvironmentName = 'fr-spot-1a2b3c4d'; state = 'DISABLED'; status = 'VALID' }, @{ computeEnvironmentName = 'other-spot'; state = 'ENABLED'; status = 'VALID' }) } } }
            'batch delete-compute-environment'    = { $global:FakeDeleted.ce = $true; @{} }
            'batch describe-job-definitions'      = @{ jobDefinitions = @(@{ jobDefinitionArn = 'arn:jd:1' }) }
            'ec2 describe-launch-templates'       = @{ LaunchTemplates = @(@{ LaunchTemplateName = 'fr-spot-drain-1a2b3c4d'; LaunchTemplateId = 'lt-1' }) }
            'iam list-role-policies'              = @{ PolicyNames = @('p') }
            'iam list-attached-role-policies'     = @{ AttachedPolicies = @() }
            's3api list-object-versions'          = @{}
        }
        InModuleScope FetchRun { Set-FetchRunAwsDefault -Region 'us-east-1' }
    }

    It 'Force_Given_DeletesInDependencyOrder' {
        Remove-FetchRun -Prefix fr -Force -IncludeData -WaitIntervalSeconds 0 -WaitTimeoutSeconds 1 6>$null
        $changes = @(Get-FakeAwsCall | Where-Object { -not $_.ReadOnly } | ForEach-Object Call)
        $order = 'batch delete-job-queue', 'batch delete-compute-environment', 'batch deregister-job-definition', 'ec2 delete-launch-template',
        'iam delete-instance-profile', 'iam delete-role', 'ecr delete-repository', 's3api delete-bucket'
        $positions = $order | ForEach-Object { [array]::IndexOf($changes, $_) }
        $positions | Should -Not -Contain -1
        ($positions | Sort-Object) | Should -Be $positions
    }

    It 'OtherEnvironments_Present_AreLeftAlone' {
        Remove-FetchRun -Prefix fr -Force -WaitIntervalSeconds 0 -WaitTimeoutSeconds 1 6>$null
        (Get-FakeAwsCall 'batch delete-compute-environment').Request.computeEnvironment | Should -Be 'fr-spot-1a2b3c4d'
    }

    It 'WithoutIncludeData_Given_KeepsTheBucket' {
        Remove-FetchRun -Prefix fr -Force -WaitIntervalSeconds 0 -WaitTimeoutSeconds 1 6>$null
        Get-FakeAwsCall 's3api delete-bucket' | Should -BeNullOrEmpty
    }

    It 'Command_Always_ConfirmsWithHighImpact' {
        (Get-Command Remove-FetchRun).ScriptBlock.Attributes.Where({ $_ -is [System.Management.Automation.CmdletBindingAttribute] }).ConfirmImpact | Should -Be 'High'
    }
}
