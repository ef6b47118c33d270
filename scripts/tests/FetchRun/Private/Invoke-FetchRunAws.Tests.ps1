# The CLI wrapper, run against a fake 'aws' that records its arguments and input file.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
    $script:dir = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-cli-$([guid]::NewGuid().ToString('n'))"
    New-Item -ItemType Directory $dir | Out-Null
    $script:fakeCli = Join-Path $dir 'aws'
    Set-Content -Path $fakeCli -Value @'
#!/usr/bin/env bash
printf '%s\n' "$@" > "$(dirname "$0")/args"
for a in "$@"; do case "$a" in file://*) cp "${a#file://}" "$(dirname "$0")/input.json";; esac; done
case "$2" in
  fail) echo "An error occurred (NoSuchEntity) when calling the GetRole operation: Role x not found" >&2; exit 254;;
  empty) exit 0;;
  *) echo '{"Answer": 42}';;
esac
'@
    chmod +x $fakeCli
}

AfterAll { Remove-Item -Recurse -Force $dir -ErrorAction SilentlyContinue }

Describe 'Invoke-FetchRunAws' {
    BeforeEach {
        Remove-Item (Join-Path $dir 'args'), (Join-Path $dir 'input.json') -ErrorAction SilentlyContinue
        $env:FETCHRUN_AWS_CLI = $fakeCli
        $env:AWS_ENDPOINT_URL = 'http://127.0.0.1:1'
        InModuleScope FetchRun { $script:AwsDefaults = @{} }
    }
    AfterEach { Remove-Item Env:FETCHRUN_AWS_CLI, Env:AWS_ENDPOINT_URL -ErrorAction SilentlyContinue }

    It 'Input_Given_GoesAsCliInputJsonFile' {
        InModuleScope FetchRun { Invoke-FetchRunAws -Service iam -Operation get-role -InputObject @{ RoleName = 'r' } -ReadOnly } | Out-Null
        $arguments = Get-Content (Join-Path $dir 'args')
        $arguments | Should -Contain '--cli-input-json'
        $arguments[[array]::IndexOf($arguments, '--cli-input-json') + 1] | Should -BeLike 'file://*'
        (Get-Content -Raw (Join-Path $dir 'input.json') | ConvertFrom-Json).RoleName | Should -Be 'r'
    }

    It 'Output_Json_IsParsed' {
        (InModuleScope FetchRun { Invoke-FetchRunAws -Service iam -Operation get-role -ReadOnly }).Answer | Should -Be 42
    }

    It 'EndpointFromEnvironment_Set_PassedAsEndpointUrl' {
        InModuleScope FetchRun { Invoke-FetchRunAws -Service iam -Operation get-role -ReadOnly } | Out-Null
        $arguments = Get-Content (Join-Path $dir 'args')
        $arguments[[array]::IndexOf($arguments, '--endpoint-url') + 1] | Should -Be 'http://127.0.0.1:1'
    }

    It 'RegionAndProfile_SetAsDefaults_WinOverEnvironment' {
        InModuleScope FetchRun {
            Set-FetchRunAwsDefault -Region 'eu-west-3' -ProfileName 'ops'
            Invoke-FetchRunAws -Service iam -Operation get-role -ReadOnly | Out-Null
        }
        $arguments = (Get-Content (Join-Path $dir 'args')) -join ' '
        $arguments | Should -Match '--region eu-west-3'
        $arguments | Should -Match '--profile ops'
    }

    It 'Failure_NonZeroExit_ThrowsNamingCallAndMessage' {
        { InModuleScope FetchRun { Invoke-FetchRunAws -Service iam -Operation fail -ReadOnly } } |
            Should -Throw -ExpectedMessage '*aws iam fail failed (exit 254)*Role x not found*'
    }

    It 'Failure_MatchingIgnoreError_ReturnsNothing' {
        InModuleScope FetchRun { Invoke-FetchRunAws -Service iam -Operation fail -ReadOnly -IgnoreError 'NoSuchEntity' } | Should -BeNullOrEmpty
    }

    It 'Change_WhatIf_IsNotRun' {
        InModuleScope FetchRun { Invoke-FetchRunAws -Service iam -Operation create-role -InputObject @{ RoleName = 'r' } -WhatIf } | Should -BeNullOrEmpty
        Test-Path (Join-Path $dir 'args') | Should -BeFalse
    }

    It 'Read_WhatIf_IsRun' {
        (InModuleScope FetchRun { Invoke-FetchRunAws -Service iam -Operation get-role -ReadOnly -WhatIf }).Answer | Should -Be 42
    }
}
