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

Describe 'Send-FetchRunScript closure' {
    BeforeEach {
        $script:root = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-unit-$([guid]::NewGuid().ToString('n'))"
        $script:jobs = Join-Path $root 'jobs'
        New-Item -ItemType Directory -Path (Join-Path $jobs 'lib/more') -Force | Out-Null
        function script:Write-File([string] $Relative, [string[]] $Line) {
            $target = Join-Path $root $Relative
            Set-Content -Path $target -Value $Line
            $target
        }
        Register-FakeAws -Responses @{ 's3api put-object' = { param($r) @{ VersionId = "v-$($r.Key)" } } }
        Mock -ModuleName FetchRun Resolve-FetchRunRunner { '/opt/fetchrun/fetchrun' }
        Mock -ModuleName FetchRun Invoke-FetchRunRunner { [pscustomobject]@{ ExitCode = 0; Output = @($checkedLine) } }
    }

    AfterEach { Remove-Item -Recurse -Force $root -ErrorAction SilentlyContinue }

    It 'LoadsAndFileReferences_Given_UploadsEachBesideTheMainKeyThenTheMainFile' {
        $main = Write-File 'jobs/job.csx' '#!/usr/bin/env dotnet-script', '// the job', '#load "lib/util.csx"', '#r "nuget: Humanizer, 2.14.1"',
            '#r "FetchRun.Reviews"', '#r "lib/tools.dll"', 'Log.Info("hi");', '#load "after-code.csx"'
        Write-File 'jobs/lib/util.csx' '/* shared', '   helpers */', '#load "../common.csx"', '#load "more/deep.csx"', 'static int Two() => 2;' | Out-Null
        Write-File 'jobs/common.csx' '#load "lib/util.csx"', 'static int One() => 1;' | Out-Null
        Write-File 'jobs/lib/more/deep.csx' 'static int Three() => 3;' | Out-Null
        Write-File 'jobs/lib/tools.dll' 'MZ' | Out-Null
        $sent = Send-FetchRunScript -Path $main -Bucket b -Key scripts/job.csx 6>$null
        $puts = Get-FakeAwsCall 's3api put-object'
        @($puts | ForEach-Object { $_.Request.Key }) | Should -Be @('scripts/lib/util.csx', 'scripts/lib/tools.dll', 'scripts/common.csx', 'scripts/lib/more/deep.csx', 'scripts/job.csx')
        @($puts | ForEach-Object { $_.Arguments[1] }) | Should -Be @((Join-Path $jobs 'lib/util.csx'), (Join-Path $jobs 'lib/tools.dll'),
            (Join-Path $jobs 'common.csx'), (Join-Path $jobs 'lib/more/deep.csx'), $main)
        $puts[1].Request.ContentType | Should -Be 'application/octet-stream'
        @($sent.Loaded | ForEach-Object { "$($_.Key) $($_.VersionId)" }) | Should -Be @('scripts/lib/util.csx v-scripts/lib/util.csx',
            'scripts/lib/tools.dll v-scripts/lib/tools.dll', 'scripts/common.csx v-scripts/common.csx', 'scripts/lib/more/deep.csx v-scripts/lib/more/deep.csx')
        $sent.Uri | Should -Be 's3://b/scripts/job.csx?versionId=v-scripts/job.csx'
        Should -Invoke -ModuleName FetchRun Invoke-FetchRunRunner -Times 1 -Exactly -ParameterFilter { $ArgumentList[1] -eq 's3://b/scripts/job.csx?versionId=v-scripts/job.csx' }
    }

    It 'Key_AtTheBucketRoot_PutsTheClosureAtTheRootToo' {
        $main = Write-File 'jobs/job.csx' '#load "lib/util.csx"', 'Log.Info("hi");'
        Write-File 'jobs/lib/util.csx' 'static int Two() => 2;' | Out-Null
        $sent = Send-FetchRunScript -Path $main -Bucket b -Key job.csx 6>$null
        @(Get-FakeAwsCall 's3api put-object' | ForEach-Object { $_.Request.Key }) | Should -Be @('lib/util.csx', 'job.csx')
        $sent.Loaded.Key | Should -Be 'lib/util.csx'
    }

    It 'NoDirectives_Given_UploadsTheMainFileAloneAndLoadsNothing' {
        $main = Write-File 'jobs/job.csx' '#r "nuget: Humanizer, 2.14.1"', '#r "FetchRun.Reviews"', 'Log.Info("hi");'
        $sent = Send-FetchRunScript -Path $main -Bucket b 6>$null
        @(Get-FakeAwsCall 's3api put-object' | ForEach-Object { $_.Request.Key }) | Should -Be @('scripts/job.csx')
        $sent.Loaded | Should -BeNullOrEmpty
    }

    It 'Directive_<Case>_IsRefusedNamingFileAndLineBeforeAnyUpload' -ForEach @(
        @{ Case = 'AbsolutePath'; File = 'jobs/job.csx'; Directive = '#load "/etc/helper.csx"'
            Why = 'is refused: it is an absolute path or a URI; name the file relative to the script that loads it, so it is uploaded beside the script.' }
        @{ Case = 'S3Uri'; File = 'jobs/job.csx'; Directive = '#load "s3://other/helper.csx"'
            Why = 'is refused: it is an absolute path or a URI; name the file relative to the script that loads it, so it is uploaded beside the script.' }
        @{ Case = 'Backslash'; File = 'jobs/job.csx'; Directive = '#r "lib\tools.dll"'; Why = "is refused: it contains '\'; separate folders with '/'." }
        @{ Case = 'OutsideTheFolder'; File = 'jobs/job.csx'; Directive = '#load "../outside.csx"'
            Why = 'is refused: it names <root>/outside.csx, outside <root>/jobs, the folder of the main script; only files under it are uploaded beside the script.' }
        @{ Case = 'AssemblyOutsideTheFolder'; File = 'jobs/job.csx'; Directive = '#r "../tools.dll"'
            Why = 'is refused: it names <root>/tools.dll, outside <root>/jobs, the folder of the main script; only files under it are uploaded beside the script.' }
        @{ Case = 'LoadedFileReachingOutside'; File = 'jobs/lib/util.csx'; Directive = '#load "../../outside.csx"'
            Why = 'is refused: it names <root>/outside.csx, outside <root>/jobs, the folder of the main script; only files under it are uploaded beside the script.' }
        @{ Case = 'UriSyntax'; File = 'jobs/job.csx'; Directive = '#load "lib/util.csx#v2"'
            Why = "is refused: it contains '#', which the runner reads as URI syntax, not as part of the file name." }
        @{ Case = 'MissingFile'; File = 'jobs/lib/util.csx'; Directive = '#load "missing.csx"'; Why = 'names <root>/jobs/lib/missing.csx, which does not exist.' }
    ) {
        Write-File 'outside.csx' 'static int Out() => 0;' | Out-Null
        Write-File 'tools.dll' 'MZ' | Out-Null
        $main = Write-File 'jobs/job.csx' '#load "lib/util.csx"', 'Log.Info("hi");'
        Write-File 'jobs/lib/util.csx' 'static int Two() => 2;' | Out-Null
        $including = Write-File $File '// first line', $Directive, 'Log.Info("hi");'
        $expected = "$including(2): $Directive $($Why.Replace('<root>', $root))"
        { Send-FetchRunScript -Path $main -Bucket b 6>$null } | Should -Throw -ExpectedMessage $expected
        Get-FakeAwsCall | Should -BeNullOrEmpty
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
