BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'Get-FetchRunJob' {
    BeforeEach {
        Register-FakeAws -Responses @{
            'batch describe-jobs'  = @{ jobs = @(@{ jobId = 'j-1'; jobName = 'reviews'; status = 'FAILED'; statusReason = 'Host EC2 (instance i-1) terminated.'
                        container = @{ exitCode = 143; logStreamName = 'fr-run/default/abc' }; attempts = @(@{}, @{}) }) }
            'logs get-log-events' = @{ events = @(@{ message = '{"level":"info"}' }, @{ message = '{"level":"error"}' }) }
        }
    }

    It 'Status_Failed_ShowsReasonExitCodeAndStream' {
        $job = Get-FetchRunJob -JobId j-1
        $job.Status | Should -Be 'FAILED'
        $job.StatusReason | Should -BeLike 'Host EC2*'
        $job.ExitCode | Should -Be 143
        $job.Attempts | Should -Be 2
        $job.LogStream | Should -Be 'fr-run/default/abc'
        Get-FakeAwsCall 'logs get-log-events' | Should -BeNullOrEmpty
    }

    It 'IncludeLog_Given_ReadsTheStreamFromTheBatchLogGroup' {
        $job = Get-FetchRunJob -JobId j-1 -IncludeLog -LogLines 10
        $job.Log.Count | Should -Be 2
        $request = (Get-FakeAwsCall 'logs get-log-events')[0].Request
        $request.logGroupName | Should -Be '/aws/batch/job'
        $request.logStreamName | Should -Be 'fr-run/default/abc'
        $request.limit | Should -Be 10
    }
}
