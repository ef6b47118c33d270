BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'Submit-FetchRunJob' {
    BeforeEach {
        Register-FakeAws -Responses @{
            'batch submit-job'       = @{ jobId = 'job-1' }
            's3api list-objects-v2' = @{ Contents = @(@{ Key = 'inputs/d/' }, @{ Key = 'inputs/d/1.jsonl' }, @{ Key = 'inputs/d/2.jsonl' }) }
        }
    }

    It 'Shards_Three_SubmitsArrayOfThreeWithEveryParameter' {
        $job = Submit-FetchRunJob -JobName j -JobQueue q -JobDefinition d -ScriptUri 's3://b/scripts/x.csx?versionId=v' -ScriptSha256 ('A' * 64) `
            -InputUri 's3://b/inputs/1', 's3://b/inputs/2', 's3://b/inputs/3' -Parameter @{ target = 'en'; batch = 25 } -CacheUri 's3://b/cache/' -Timeout 50m
        $job.JobId | Should -Be 'job-1'
        $request = (Get-FakeAwsCall 'batch submit-job')[0].Request
        $request.arrayProperties.size | Should -Be 3
        $request.parameters.script | Should -Be 's3://b/scripts/x.csx?versionId=v'
        $request.parameters.input | Should -Be 's3://b/inputs/1,s3://b/inputs/2,s3://b/inputs/3'
        $request.parameters.params | Should -Be 'batch=25;target=en'
        $request.parameters.scriptSha256 | Should -Be ('a' * 64)
        $request.parameters.cache | Should -Be 's3://b/cache/'
        $request.parameters.timeout | Should -Be '50m'
    }

    It 'Prefix_Given_CountsItsObjects' {
        Submit-FetchRunJob -JobName j -JobQueue q -JobDefinition d -ScriptUri 's3://b/s.csx' -InputUri 's3://b/inputs/d/' | Out-Null
        (Get-FakeAwsCall 'batch submit-job')[0].Request.arrayProperties.size | Should -Be 2
    }

    It 'OneShard_Given_SubmitsPlainJob' {
        Submit-FetchRunJob -JobName j -JobQueue q -JobDefinition d -ScriptUri 's3://b/s.csx' -InputUri 's3://b/inputs/1' | Out-Null
        (Get-FakeAwsCall 'batch submit-job')[0].Request.Keys | Should -Not -Contain 'arrayProperties'
    }

    It 'ParameterWithSeparator_Given_Throws' {
        { Submit-FetchRunJob -JobName j -JobQueue q -JobDefinition d -ScriptUri 's3://b/s.csx' -Parameter @{ a = 'x;y' } } | Should -Throw '*separators*'
    }
}
