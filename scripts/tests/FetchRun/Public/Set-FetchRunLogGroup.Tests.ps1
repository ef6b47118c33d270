# The jobs' log group: created when missing (tagged then only), retention set, nothing written when in line.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'Set-FetchRunLogGroup' {
    It 'Missing_Given_CreatedTaggedWithRetention' {
        Register-FakeAws -Responses @{ 'logs describe-log-groups' = @{ logGroups = @() } }
        $result = Set-FetchRunLogGroup -RetentionDays 14 -Tags @{ project = 'fetchrun' }
        $result.Name | Should -Be '/aws/batch/job'
        $result.Changes | Should -Be @('created', 'retention 14 days')
        $create = (Get-FakeAwsCall 'logs create-log-group')[0].Request
        $create.logGroupName | Should -Be '/aws/batch/job'
        $create.tags.project | Should -Be 'fetchrun'
        (Get-FakeAwsCall 'logs put-retention-policy')[0].Request.retentionInDays | Should -Be 14
    }

    It 'Existing_SameRetention_WritesNothing' {
        Register-FakeAws -Responses @{ 'logs describe-log-groups' = @{ logGroups = @(@{ logGroupName = '/aws/batch/job'; retentionInDays = 30; arn = 'arn:aws:logs:us-east-1:1:log-group:/aws/batch/job:*' }) } }
        $result = Set-FetchRunLogGroup
        $result.Changed | Should -BeFalse
        $result.Arn | Should -Be 'arn:aws:logs:us-east-1:1:log-group:/aws/batch/job'
        @(Get-FakeAwsCall | Where-Object { -not $_.ReadOnly }) | Should -BeNullOrEmpty
    }

    It 'Existing_NoRetentionAndAPrefixSibling_SetsRetentionOnTheExactGroupOnly' {
        Register-FakeAws -Responses @{ 'logs describe-log-groups' = @{ logGroups = @(
                    @{ logGroupName = '/aws/batch/job-archive'; retentionInDays = 30 }
                    @{ logGroupName = '/aws/batch/job' }) } }
        (Set-FetchRunLogGroup).Changes | Should -Be 'retention 30 days'
        Get-FakeAwsCall 'logs create-log-group' | Should -BeNullOrEmpty -Because 'an existing, shared group is neither re-created nor re-tagged'
        (Get-FakeAwsCall 'logs put-retention-policy')[0].Request.logGroupName | Should -Be '/aws/batch/job'
    }

    It 'Retention_NotACloudWatchValue_Refused' {
        { Set-FetchRunLogGroup -RetentionDays 31 } | Should -Throw '*RetentionDays*'
    }
}
