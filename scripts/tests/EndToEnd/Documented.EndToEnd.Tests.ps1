# The provisioning and job commands README.md and docs/operations.md show, read from the documents and run as
# written, the way ops run them: from bash through `pwsh -File` and through the script's own shebang, and from pwsh.
# Shims on PATH, both in a temporary folder: `pwsh` runs `dotnet pwsh` (pwsh is the repository's local dotnet tool,
# see .config/dotnet-tools.json), and `aws` runs /usr/bin/aws with --endpoint-url (CLI 2.9 ignores AWS_ENDPOINT_URL).
# run.sh starts a fresh moto_server and sets FETCHRUN_TEST_E2E_MOTO_URL; without it the tests are skipped.
BeforeDiscovery {
    $script:skip = -not $env:FETCHRUN_TEST_E2E_MOTO_URL
}

BeforeAll {
    $script:root = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
    . (Join-Path $PSScriptRoot 'DocumentedCommand.ps1')
    $script:documented = @(Get-DocumentedProvisionCommand -Path (Join-Path $root 'README.md'), (Join-Path $root 'docs/operations.md'))
    $script:work = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-docs-e2e-$([guid]::NewGuid().ToString('n'))"
    $shims = Join-Path $work 'bin'
    New-Item -ItemType Directory -Path $shims | Out-Null
    $aws = if ($env:FETCHRUN_AWS_CLI) { $env:FETCHRUN_AWS_CLI } else { '/usr/bin/aws' }
    Set-Content -Path (Join-Path $shims 'pwsh') -Value "#!/bin/sh`nexec dotnet pwsh `"`$@`"`n" -NoNewline
    Set-Content -Path (Join-Path $shims 'aws') -Value "#!/bin/sh`nexec '$aws' --endpoint-url '$($env:FETCHRUN_TEST_E2E_MOTO_URL)' `"`$@`"`n" -NoNewline
    chmod +x (Join-Path $shims 'pwsh') (Join-Path $shims 'aws')

    $script:saved = @{}
    $environment = @{
        PATH             = "${shims}:$env:PATH"
        AWS_REGION       = 'eu-west-1'   # the region docs/operations.md provisions in; README's commands read AWS_REGION
        AWS_ENDPOINT_URL = $env:FETCHRUN_TEST_E2E_MOTO_URL
        FETCHRUN_STATE   = (Join-Path $work 'state.json')   # keeps the state file out of the checkout
    }
    foreach ($name in $environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $environment[$name])
    }
    $script:prefix = 'fetchrun'
    $script:bucket = "$prefix-123456789012-eu-west-1"   # moto's account

    function script:Use-Documented([string] $Line) {
        if ($documented -notcontains $Line) { throw "README.md and docs/operations.md no longer show '$Line': update this test with them." }
        $Line
    }
    function script:Invoke-Bash([string] $Command, [string] $Stdin = '') {
        Push-Location $root
        try { $output = $Stdin | & bash -c $Command 2>&1 | ForEach-Object { "$_" } }
        finally { Pop-Location }
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Text = $output -join "`n" }
    }
    function script:Invoke-Pwsh([string] $Command) {
        Push-Location $root
        try { Invoke-Expression "$Command 6>&1" | Out-String }
        finally { Pop-Location }
    }
    function script:Invoke-Aws([string[]] $Arguments) {
        $output = & $aws @Arguments --endpoint-url $env:FETCHRUN_TEST_E2E_MOTO_URL --output json
        if ($LASTEXITCODE -ne 0) { throw "aws $($Arguments -join ' ') failed" }
        ($output -join "`n") | ConvertFrom-Json -Depth 30
    }
    function script:Get-OurResourceCount {
        [ordered]@{
            buckets      = @((Invoke-Aws s3api, list-buckets).Buckets.Name | Where-Object { $_ -like "$prefix-*" }).Count
            roles        = @((Invoke-Aws iam, list-roles).Roles.RoleName | Where-Object { $_ -like "$prefix-*" }).Count
            queues       = @((Invoke-Aws batch, describe-job-queues).jobQueues | Where-Object { $_.jobQueueName -like "$prefix-*" -and $_.status -ne 'DELETED' }).Count
            environments = @((Invoke-Aws batch, describe-compute-environments).computeEnvironments | Where-Object { $_.computeEnvironmentName -like "$prefix-*" -and $_.status -ne 'DELETED' }).Count
            definitions  = @((Invoke-Aws batch, describe-job-definitions, --status, ACTIVE).jobDefinitions | Where-Object { $_.jobDefinitionName -like "$prefix-*" }).Count
        }
    }
}

AfterAll {
    foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    if ($work) { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }
}

Describe 'The documented commands against moto_server' -Skip:$skip {
    It 'DocumentedProvisionCommands_All_AreRunBelow' {
        # Lines with a placeholder need something this test cannot make (an image pushed with docker).
        $runnable = @($documented | Where-Object { $_ -notmatch '<|…' }) | Sort-Object -Unique
        $runnable | Should -Be (@(
                './provision.ps1 -Prefix fetchrun'
                './provision.ps1 -Prefix fetchrun -Region eu-west-1'
                './provision.ps1 -Prefix fetchrun -Region eu-west-1 -WhatIf'
                './provision.ps1 -Prefix fetchrun -Remove'
                './provision.ps1 -Prefix fetchrun -Remove -Force'
                './provision.ps1 -Prefix fetchrun -Remove -Force -IncludeData'
            ) | Sort-Object)
    }

    It 'WhatIf_FromBashWithPwshFile_PlansAndCreatesNothing' {
        $line = Use-Documented './provision.ps1 -Prefix fetchrun -Region eu-west-1 -WhatIf'
        $run = Invoke-Bash ($line -replace '^\./provision\.ps1', 'pwsh -File provision.ps1')
        $run.Text | Should -Match 'What if: Performing the operation "aws batch register-job-definition"'
        $run.ExitCode | Should -Be 0 -Because $run.Text
        Test-Path $env:FETCHRUN_STATE | Should -BeFalse
        (Get-OurResourceCount).Values | Should -Be @(0, 0, 0, 0, 0)
    }

    It 'Provision_FromBashThroughTheShebang_CreatesEverything' {
        $run = Invoke-Bash (Use-Documented './provision.ps1 -Prefix fetchrun -Region eu-west-1')
        $run.ExitCode | Should -Be 0 -Because $run.Text
        # What README.md says provisioning prints and the state file holds.
        $run.Text | Should -Match "bucket\s+$bucket\s"
        $run.Text | Should -Match "job queue\s+$prefix-queue\s"
        $run.Text | Should -Match "job definition\s+$prefix-run:1\s"
        $state = Get-Content -Raw $env:FETCHRUN_STATE | ConvertFrom-Json
        $state.bucket | Should -Be $bucket
        $state.jobQueue | Should -Be "$prefix-queue"
        $state.jobDefinition | Should -Be "$prefix-run:1"
        # moto accepts and returns what the job definition asks for (botocore's Batch model has these fields).
        $definition = @((Invoke-Aws batch, describe-job-definitions, --job-definition-name, "$prefix-run").jobDefinitions)[0]
        $definition.parameters.timeout | Should -Be '3480s'
        $definition.containerProperties.readonlyRootFilesystem | Should -BeTrue
        $definition.containerProperties.linuxParameters.tmpfs[0].containerPath | Should -Be '/tmp'
        @($definition.containerProperties.environment | Where-Object name -eq 'FETCHRUN_GRACE').value | Should -Be '25s'
    }

    It 'Provision_FromPwshAsReadmeShowsIt_ChangesNothing' {
        $text = Invoke-Pwsh (Use-Documented './provision.ps1 -Prefix fetchrun')
        $text | Should -Match 'No changes: everything was already in place'
    }

    It 'ReadmeUploadAndSubmit_RunInBash_UseTheProvisionedNames' {
        $block = Get-DocumentedShellBlock -Path (Join-Path $root 'README.md') -Heading 'On AWS Batch'
        $block | Should -Match 'aws batch submit-job'
        $run = Invoke-Bash "set -euo pipefail`n$block"
        $run.ExitCode | Should -Be 0 -Because $run.Text
        $submitted = $run.Text.Substring($run.Text.IndexOf('{')) | ConvertFrom-Json
        (Invoke-Aws s3api, head-object, --bucket, $bucket, --key, 'scripts/review-sentiment.csx').ContentLength |
            Should -Be (Get-Item (Join-Path $root 'jobs/review-sentiment.csx')).Length
        $job = @((Invoke-Aws batch, describe-jobs, --jobs, $submitted.jobId).jobs)[0]
        $job.jobQueue | Should -BeLike "*:job-queue/$prefix-queue"
        $job.jobDefinition | Should -BeLike "*:job-definition/$prefix-run:1"
        $job.arrayProperties.size | Should -Be 4
        $job.parameters.script | Should -Be "s3://$bucket/scripts/review-sentiment.csx"
        $job.parameters.input | Should -Be "s3://$bucket/inputs/reviews/"
        Invoke-Aws batch, terminate-job, --job-id, $submitted.jobId, --reason, 'end-to-end test' | Out-Null
    }

    It 'Remove_FromBashDeclined_RemovesNothing' {
        $run = Invoke-Bash (Use-Documented './provision.ps1 -Prefix fetchrun -Remove') -Stdin 'N'
        $run.Text | Should -Match 'Are you sure'
        $run.ExitCode | Should -Be 0 -Because $run.Text
        (Get-OurResourceCount).queues | Should -Be 1
    }

    It 'RemoveForce_FromPwsh_LeavesOnlyTheBucket' {
        Invoke-Pwsh (Use-Documented './provision.ps1 -Prefix fetchrun -Remove -Force') | Out-Null
        $left = Get-OurResourceCount
        $left.buckets | Should -Be 1
        $left.roles + $left.queues + $left.environments + $left.definitions | Should -Be 0
    }

    It 'RemoveWithData_FromBashWithPwshFile_LeavesNothing' {
        $line = Use-Documented './provision.ps1 -Prefix fetchrun -Remove -Force -IncludeData'
        $run = Invoke-Bash ($line -replace '^\./provision\.ps1', 'pwsh -File provision.ps1')
        $run.ExitCode | Should -Be 0 -Because $run.Text
        (Get-OurResourceCount).Values | Should -Be @(0, 0, 0, 0, 0)
    }
}
