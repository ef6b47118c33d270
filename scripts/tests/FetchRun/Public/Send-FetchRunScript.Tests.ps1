# Upload then fetchrun check into the shared cache, with the AWS CLI wrapper and the runner wrapper mocked.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
    $script:scriptFile = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-unit-$([guid]::NewGuid().ToString('n')).csx"
    Set-Content -Path $scriptFile -Value 'Log.Info("hi");'
    $script:checkedLine = '{"time":"2026-12-02T00:00:00Z","level":"info","msg":"script checked","script":"s3://b/scripts/x.csx","version_id":"v1","sha256":"' + ('cd' * 32) + '","script_sha256":"' + ('ab' * 32) + '","cache":"miss"}'
    function script:Register-FakeUpload {
        Register-FakeAws -Responses @{ 's3api put-object' = @{ VersionId = 'v1' } }
        Mock -ModuleName FetchRun Resolve-FetchRunRunner { '/opt/fetchrun/fetchrun' }
    }
}

AfterAll { Remove-Item $scriptFile -ErrorAction SilentlyContinue }

Describe 'Send-FetchRunScript' {
    It 'Upload_Given_ChecksThatVersionIntoTheBucketsCache' {
        Register-FakeUpload
        Mock -ModuleName FetchRun Invoke-FetchRunRunner { [pscustomobject]@{ ExitCode = 0; Output = @($checkedLine) } }
        Send-FetchRunScript -Path $scriptFile -Bucket b -Key scripts/x.csx 6>$null | Out-Null
        (Get-FakeAwsCall 's3api put-object')[0].Request.Key | Should -Be 'scripts/x.csx'
        Should -Invoke -ModuleName FetchRun Invoke-FetchRunRunner -Times 1 -Exactly -ParameterFilter {
            $RunnerPath -eq '/opt/fetchrun/fetchrun' -and
            ($ArgumentList -join ' ') -eq 'check s3://b/scripts/x.csx?versionId=v1 --cache s3://b/cache/ --log-format json'
        }
    }

    It 'Upload_Given_ReturnsThePinCheckPrintedAndShowsItsOutput' {
        Register-FakeUpload
        Mock -ModuleName FetchRun Invoke-FetchRunRunner { [pscustomobject]@{ ExitCode = 0; Output = @('compiling', $checkedLine) } }
        $sent = Send-FetchRunScript -Path $scriptFile -Bucket b -Key scripts/x.csx -InformationVariable shown 6>$null
        $sent.Uri | Should -Be 's3://b/scripts/x.csx?versionId=v1'
        $sent.Sha256 | Should -Be ('ab' * 32)
        $sent.CacheOutcome | Should -Be 'miss'
        @($shown | ForEach-Object { "$_" }) | Should -Be @('compiling', $checkedLine)
    }

    It 'CacheUri_Given_IsTheOneChecked' {
        Register-FakeUpload
        Mock -ModuleName FetchRun Invoke-FetchRunRunner { [pscustomobject]@{ ExitCode = 0; Output = @($checkedLine) } }
        Send-FetchRunScript -Path $scriptFile -Bucket b -CacheUri 's3://other/shared/' 6>$null | Out-Null
        Should -Invoke -ModuleName FetchRun Invoke-FetchRunRunner -Times 1 -Exactly -ParameterFilter { $ArgumentList[3] -eq 's3://other/shared/' }
    }

    It 'Check_Fails_ThrowsNamingTheUploadAndExitCode' {
        Register-FakeUpload
        Mock -ModuleName FetchRun Invoke-FetchRunRunner { [pscustomobject]@{ ExitCode = 65; Output = @('x.csx(1,1): error CS1002: ; expected') } }
        { Send-FetchRunScript -Path $scriptFile -Bucket b -Key scripts/x.csx 6>$null } | Should -Throw '*s3://b/scripts/x.csx?versionId=v1 failed (exit 65)*'
    }

    It 'Check_PrintsNoPin_Throws' {
        Register-FakeUpload
        Mock -ModuleName FetchRun Invoke-FetchRunRunner { [pscustomobject]@{ ExitCode = 0; Output = @('fetchrun 0.0.1') } }
        { Send-FetchRunScript -Path $scriptFile -Bucket b 6>$null } | Should -Throw "*no 'script checked' line*"
    }

    It 'Runner_Missing_ThrowsBeforeUploading' {
        Register-FakeAws -Responses @{ 's3api put-object' = @{ VersionId = 'v1' } }
        Mock -ModuleName FetchRun Invoke-FetchRunRunner { throw 'must not run' }
        { Send-FetchRunScript -Path $scriptFile -Bucket b -RunnerPath 'fetchrun-not-installed-here' } | Should -Throw "*runner 'fetchrun-not-installed-here' was not found*"
        Get-FakeAwsCall | Should -BeNullOrEmpty
    }

    It 'WhatIf_Given_UploadsAndChecksNothing' {
        Register-FakeUpload
        Mock -ModuleName FetchRun Invoke-FetchRunRunner { throw 'must not run' }
        Mock -ModuleName FetchRun Invoke-FetchRunAws { }
        Send-FetchRunScript -Path $scriptFile -Bucket b -WhatIf 6>$null | Should -BeNullOrEmpty
        Should -Invoke -ModuleName FetchRun Invoke-FetchRunRunner -Times 0 -Exactly
    }
}

Describe 'Invoke-FetchRunRunner' {
    It 'Run_Given_HandsTheModulesAwsSettingsToTheRunnerAndRestoresThem' {
        # A stand-in runner that prints what it was given; the real one reads the same variables.
        $fake = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-fake-$([guid]::NewGuid().ToString('n'))"
        Set-Content -Path $fake -Value "#!/bin/sh`necho `"`$1 `$AWS_REGION `$AWS_ENDPOINT_URL`" >&2`nexit 3`n" -NoNewline
        chmod +x $fake
        $before = $env:AWS_ENDPOINT_URL
        try {
            $result = InModuleScope FetchRun -Parameters @{ Fake = $fake } {
                param($Fake)
                Set-FetchRunAwsDefault -Region 'eu-north-1' -EndpointUrl 'http://127.0.0.1:9'
                try { Invoke-FetchRunRunner -RunnerPath $Fake -ArgumentList @('check') } finally { Set-FetchRunAwsDefault }
            }
            $result.ExitCode | Should -Be 3
            $result.Output | Should -Be 'check eu-north-1 http://127.0.0.1:9'
            $env:AWS_ENDPOINT_URL | Should -Be $before
        }
        finally { Remove-Item $fake -ErrorAction SilentlyContinue }
    }
}
