# Provisions, re-provisions, uploads, submits and tears down against a fresh moto_server with the real AWS CLI v2.
# run.sh starts that server and sets FETCHRUN_TEST_E2E_MOTO_URL; without it the tests are skipped.
BeforeDiscovery {
    $script:skip = -not $env:FETCHRUN_TEST_E2E_MOTO_URL
}

BeforeAll {
    $script:root = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
    $script:provision = Join-Path $root 'provision.ps1'
    $script:work = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-e2e-$([guid]::NewGuid().ToString('n'))"
    New-Item -ItemType Directory -Path $work | Out-Null
    $script:prefix = 'fre2e'
    $script:statePath = Join-Path $work "fetchrun-$prefix.json"
    $env:AWS_ENDPOINT_URL = $env:FETCHRUN_TEST_E2E_MOTO_URL
    $script:fast = @{ WaitIntervalSeconds = 0.2; WaitTimeoutSeconds = 60 }
    Import-Module (Join-Path $root 'scripts/FetchRun/FetchRun.psd1') -Force
    function script:Invoke-Aws([string[]] $Arguments) {
        $output = & $env:FETCHRUN_AWS_CLI @Arguments --endpoint-url $env:FETCHRUN_TEST_E2E_MOTO_URL --output json
        if ($LASTEXITCODE -ne 0) { throw "aws $($Arguments -join ' ') failed" }
        ($output -join "`n") | ConvertFrom-Json -Depth 30
    }
    function script:Get-OurResource {
        [pscustomobject]@{
            Buckets      = @((Invoke-Aws s3api, list-buckets).Buckets.Name | Where-Object { $_ -like "$prefix-*" })
            Roles        = @((Invoke-Aws iam, list-roles).Roles.RoleName | Where-Object { $_ -like "$prefix-*" })
            Profiles     = @((Invoke-Aws iam, list-instance-profiles).InstanceProfiles.InstanceProfileName | Where-Object { $_ -like "$prefix-*" })
            Repositories = @((Invoke-Aws ecr, describe-repositories).repositories.repositoryName | Where-Object { $_ -like "$prefix-*" })
            Templates    = @((Invoke-Aws ec2, describe-launch-templates).LaunchTemplates.LaunchTemplateName | Where-Object { $_ -like "$prefix-*" })
            Environments = @((Invoke-Aws batch, describe-compute-environments).computeEnvironments | Where-Object { $_.computeEnvironmentName -like "$prefix-*" -and $_.status -ne 'DELETED' })
            Queues       = @((Invoke-Aws batch, describe-job-queues).jobQueues | Where-Object { $_.jobQueueName -like "$prefix-*" -and $_.status -ne 'DELETED' })
            Definitions  = @((Invoke-Aws batch, describe-job-definitions, --status, ACTIVE).jobDefinitions | Where-Object { $_.jobDefinitionName -like "$prefix-*" })
        }
    }
    function script:Assert-NothingOfOurs {
        $left = Get-OurResource
        foreach ($property in $left.PSObject.Properties) { @($property.Value).Count | Should -Be 0 -Because "no $($property.Name) named $prefix-* should exist" }
    }
}

AfterAll {
    Remove-Item Env:AWS_ENDPOINT_URL -ErrorAction SilentlyContinue
    if ($work) { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }
}

Describe 'provision.ps1 against moto_server' -Skip:$skip {
    It 'WhatIf_FreshEndpoint_CreatesNothing' {
        $output = & $provision -Prefix $prefix -StatePath $statePath @fast -WhatIf 6>&1 | Out-String
        $output | Should -Match 'What if'
        Test-Path $statePath | Should -BeFalse
        Assert-NothingOfOurs
        (Invoke-Aws logs, describe-log-groups, --log-group-name-prefix, /aws/batch/job).logGroups | Should -BeNullOrEmpty
    }

    It 'Provision_FromNothing_CreatesEveryResource' {
        $result = & $provision -Prefix $prefix -StatePath $statePath @fast 6>$null
        $result.Changed | Should -BeTrue
        $state = Get-Content -Raw $statePath | ConvertFrom-Json
        $state.jobDefinition | Should -Be "$prefix-run:1"
        $state.jobQueue | Should -Be "$prefix-queue"
        # Each CLI call costs seconds of process start-up, so only what the state file cannot prove is listed here.
        (Invoke-Aws batch, describe-compute-environments).computeEnvironments |
            Where-Object computeEnvironmentName -like "$prefix-*" | ForEach-Object status | Should -Be 'VALID'
        (Invoke-Aws s3api, get-bucket-versioning, --bucket, $state.bucket).Status | Should -Be 'Enabled'
    }

    It 'Provision_FromNothing_SetsLifecycleRetentionTrustAndMetadataOptions' {
        $state = Get-Content -Raw $statePath | ConvertFrom-Json
        $rules = (Invoke-Aws s3api, get-bucket-lifecycle-configuration, --bucket, $state.bucket).Rules
        @($rules | ForEach-Object { "$($_.Filter.Prefix)=$($_.NoncurrentVersionExpiration.NoncurrentDays)" } | Sort-Object) | Should -Be @('cache/=30', 'scripts/=30')
        $repository = @((Invoke-Aws ecr, describe-repositories, --repository-names, $state.repository).repositories)[0]
        $repository.imageTagMutability | Should -Be 'IMMUTABLE'
        $policy = (Invoke-Aws ecr, get-lifecycle-policy, --repository-name, $state.repository).lifecyclePolicyText | ConvertFrom-Json
        "$($policy.rules[0].selection.tagStatus) $($policy.rules[0].action.type)" | Should -Be 'untagged expire'
        $group = @((Invoke-Aws logs, describe-log-groups, --log-group-name-prefix, $state.logGroup).logGroups | Where-Object logGroupName -EQ '/aws/batch/job')[0]
        $group.retentionInDays | Should -Be 30
        $template = @((Invoke-Aws ec2, describe-launch-template-versions, --launch-template-name, $state.launchTemplate, --versions, '$Latest').LaunchTemplateVersions)[0]
        $options = $template.LaunchTemplateData.MetadataOptions
        "$($options.HttpTokens) $($options.HttpPutResponseHopLimit) $($options.HttpEndpoint)" | Should -Be 'required 2 enabled'
        $trust = (Invoke-Aws iam, get-role, --role-name, "$prefix-job").Role.AssumeRolePolicyDocument
        $trust.Statement[0].Condition.StringEquals.'aws:SourceAccount' | Should -Be $state.accountId
        @((Invoke-Aws iam, list-attached-role-policies, --role-name, "$prefix-instance").AttachedPolicies.PolicyName) | Should -Be @('AmazonEC2ContainerServiceforEC2Role')
        @((Invoke-Aws iam, list-role-policies, --role-name, "$prefix-instance").PolicyNames) | Should -BeNullOrEmpty
    }

    It 'Provision_Again_ReportsNoChangeAndNoNewRevision' {
        $result = & $provision -Prefix $prefix -StatePath $statePath @fast 6>$null
        @($result.Results | Where-Object Changed | ForEach-Object { "$($_.Resource) $($_.Name): $($_.Changes -join ', ')" }) | Should -BeNullOrEmpty
        $result.Changed | Should -BeFalse
        @((Invoke-Aws batch, describe-job-definitions, --job-definition-name, "$prefix-run").jobDefinitions).revision | Should -Be 1
    }

    It 'UploadAndSubmit_ArrayOfThree_IsAcceptedWithItsParameters' {
        $script = Join-Path $work 'hello.csx'
        Set-Content -Path $script -Value 'Log.Info("hello");'
        # A stand-in for the runner the upload step runs (fetchrun check): it records its arguments and prints
        # the line the runner prints. The runner's own tests cover what check does with the shared cache.
        $sha256 = (Get-FileHash $script -Algorithm SHA256).Hash.ToLowerInvariant()
        $runner = Join-Path $work 'fetchrun'
        Set-Content -Path $runner -NoNewline -Value ("#!/bin/sh`nprintf '%s\n' `"`$*`" > '$work/runner-args'`n" +
            "echo '{`"msg`":`"script checked`",`"sha256`":`"$sha256`",`"script_sha256`":`"$sha256`",`"cache`":`"miss`"}' >&2`n")
        chmod +x $runner
        $uploaded = & (Join-Path $PSScriptRoot '../../Send-JobScript.ps1') -Path $script -StatePath $statePath -RunnerPath $runner 6>$null
        $uploaded.Uri | Should -Match "^s3://$prefix-.+/scripts/hello\.csx\?versionId=.+"
        $uploaded.Sha256 | Should -Be $sha256
        $state = Get-Content -Raw $statePath | ConvertFrom-Json
        Get-Content "$work/runner-args" | Should -Be "check $($uploaded.Uri) --cache $($state.cachePrefix) --log-format json"
        $inputs = 1..3 | ForEach-Object { "$($state.inputPrefix)shard-$_.jsonl" }
        $job = & (Join-Path $PSScriptRoot '../../Submit-Job.ps1') -StatePath $statePath -JobName e2e -ScriptUri $uploaded.Uri -ScriptSha256 $uploaded.Sha256 -InputUri $inputs -Parameter @{ target = 'en' }
        $job.JobId | Should -Not -BeNullOrEmpty
        $described = @((Invoke-Aws batch, describe-jobs, --jobs, $job.JobId).jobs)[0]
        $described.arrayProperties.size | Should -Be 3
        $described.parameters.script | Should -Be $uploaded.Uri
        $described.parameters.input | Should -Be ($inputs -join ',')
        $described.parameters.params | Should -Be 'target=en'
        $described.parameters.scriptSha256 | Should -Be $uploaded.Sha256
        Invoke-Aws batch, terminate-job, --job-id, $job.JobId, --reason, 'end-to-end test' | Out-Null
    }

    It 'Upload_ScriptThatLoadsAHelper_RealCheckCompilesTheClosureFromTheBucket' {
        # The real runner (test.sh builds the solution first; built here when missing), so check fetches the main
        # script by version and its #load by key from moto, compiles them and writes the shared cache entry.
        $runner = Join-Path $root 'runner/FetchRun.Runner/bin/Debug/net10.0/fetchrun'
        if (-not (Test-Path $runner)) {
            dotnet build (Join-Path $root 'runner/FetchRun.Runner/FetchRun.Runner.csproj') -c Debug 2>&1 | Out-Null
            if ($LASTEXITCODE -ne 0) { throw 'the runner does not build' }
        }
        $jobs = Join-Path $work 'closure'
        New-Item -ItemType Directory -Path (Join-Path $jobs 'lib') -Force | Out-Null
        $main = Join-Path $jobs 'greet.csx'
        Set-Content -Path $main -Value '#load "lib/greeting.csx"', 'Log.Info(Greeting("moto"));'
        Set-Content -Path (Join-Path $jobs 'lib/greeting.csx') -Value 'static string Greeting(string name) => $"hello {name}";'
        # The closure pin as docs/writing-jobs.md defines it: sha256sum greet.csx lib/greeting.csx | sha256sum
        $hash = { param($file) (Get-FileHash $file -Algorithm SHA256).Hash.ToLowerInvariant() }
        $manifest = "$(& $hash $main)  greet.csx`n$(& $hash (Join-Path $jobs 'lib/greeting.csx'))  lib/greeting.csx`n"
        $expectedPin = [Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($manifest))).ToLowerInvariant()
        $savedCacheDir = $env:FETCHRUN_CACHE_DIR
        $env:FETCHRUN_CACHE_DIR = Join-Path $work 'runner-cache'
        try { $uploaded = & (Join-Path $PSScriptRoot '../../Send-JobScript.ps1') -Path $main -StatePath $statePath -RunnerPath $runner 6>$null }
        finally { $env:FETCHRUN_CACHE_DIR = $savedCacheDir }
        $state = Get-Content -Raw $statePath | ConvertFrom-Json
        $uploaded.Loaded.Key | Should -Be 'scripts/lib/greeting.csx'
        $uploaded.Uri | Should -Match "^s3://$($state.bucket)/scripts/greet\.csx\?versionId=.+"
        $uploaded.Sha256 | Should -Be $expectedPin
        $uploaded.CacheOutcome | Should -Be 'miss'
        @((Invoke-Aws s3api, list-objects-v2, --bucket, $state.bucket, --prefix, 'cache/').Contents).Count | Should -BeGreaterThan 0
    }

    It 'Remove_WithDataAndForce_LeavesNothingOfOurs' {
        & $provision -Prefix $prefix -Remove -IncludeData -Force @fast 6>$null
        Assert-NothingOfOurs
    }
}
