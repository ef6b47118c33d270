# The JSON documents FetchRun sends: job role policy, trust, user data, retry rules, job definition.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'New-FetchRunJobRolePolicy' {
    BeforeAll {
        $script:policy = InModuleScope FetchRun {
            New-FetchRunJobRolePolicy -Bucket 'b' -Partition 'aws' -DatabaseParameterArn 'arn:aws:ssm:eu-west-1:123456789012:parameter/fr/database'
        } | ConvertTo-Json -Depth 10 | ConvertFrom-Json -Depth 10
        $script:actions = @($policy.Statement.Action)
    }

    It 'Actions_Always_AreExactlyTheJobsNeeds' {
        $actions | Sort-Object -Unique | Should -Be @('comprehend:BatchDetectDominantLanguage', 'comprehend:BatchDetectSentiment', 'kms:Decrypt',
            's3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:PutObject', 'ssm:GetParameter', 'translate:TranslateText')
    }

    It 'Actions_Always_HaveNoWildcard' {
        $actions | Where-Object { $_ -match '\*' } | Should -BeNullOrEmpty
    }

    # Jobs only read the shared compile cache: the upload step fills it, so no job plants code another job loads.
    It 'S3Actions_Always_OnlyReadListAndWriteReports' {
        @($actions | Where-Object { $_ -like 's3:*' }) | Sort-Object -Unique | Should -Be @('s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:PutObject')
    }

    It 'Writes_Always_OnlyTheReportsPrefix' {
        $writes = @($policy.Statement | Where-Object { $_.Action -contains 's3:PutObject' })
        @($writes.Action) | Should -Be 's3:PutObject'
        @($writes.Resource) | Should -Be 'arn:aws:s3:::b/reports/*'
    }

    It 'List_Always_OnlyTheInputsPrefix' {
        $lists = @($policy.Statement | Where-Object { $_.Action -contains 's3:ListBucket' })
        $lists.Count | Should -Be 1
        $lists[0].Resource | Should -Be 'arn:aws:s3:::b'
        $lists[0].Condition.StringLike.'s3:prefix' | Should -Be 'inputs/*'
    }

    It 'CompileCache_Always_GetObjectOnly' {
        $onCache = @($policy.Statement | Where-Object { @($_.Resource) -contains 'arn:aws:s3:::b/cache/*' })
        @($onCache.Action) | Should -Be 's3:GetObject'
    }

    It 'Reads_Always_OnlyScriptsInputsAndCache' {
        $reads = @($policy.Statement | Where-Object { $_.Action -contains 's3:GetObject' }).Resource | Sort-Object
        $reads | Should -Be @('arn:aws:s3:::b/cache/*', 'arn:aws:s3:::b/inputs/*', 'arn:aws:s3:::b/scripts/*')
    }

    It 'Ssm_Always_OnlyTheDatabaseParameter' {
        @($policy.Statement | Where-Object { $_.Action -contains 'ssm:GetParameter' }).Resource | Should -Be 'arn:aws:ssm:eu-west-1:123456789012:parameter/fr/database'
    }

    It 'KmsDecrypt_WithoutKey_OnlyThroughSsm' {
        $kms = @($policy.Statement | Where-Object { $_.Action -contains 'kms:Decrypt' })[0]
        $kms.Condition.StringEquals.'kms:ViaService' | Should -Be 'ssm.eu-west-1.amazonaws.com'
        $kms.Resource | Should -Be 'arn:aws:kms:eu-west-1:123456789012:key/*'
    }

    It 'KmsDecrypt_WithKey_OnlyThatKey' {
        $withKey = InModuleScope FetchRun { New-FetchRunJobRolePolicy -Bucket 'b' -Partition 'aws' -DatabaseParameterArn 'arn:aws:ssm:eu-west-1:1:parameter/p' -KmsKeyArn 'arn:aws:kms:eu-west-1:1:key/k' }
        @($withKey.Statement | Where-Object { $_.Action -contains 'kms:Decrypt' }).Resource | Should -Be 'arn:aws:kms:eu-west-1:1:key/k'
    }
}

Describe 'New-FetchRunRetryStrategy' {
    It 'Rules_Always_MatchTheExitCodeTable' {
        $strategy = InModuleScope FetchRun { New-FetchRunRetryStrategy -Attempts 5 } | ConvertTo-Json -Depth 5 -Compress
        $strategy | Should -Be ('{"attempts":5,"evaluateOnExit":[{"onStatusReason":"Host EC2*","action":"RETRY"},{"onExitCode":"75","action":"RETRY"},' +
            '{"onExitCode":"143","action":"RETRY"},{"onReason":"*","action":"EXIT"}]}')
    }
}

Describe 'New-FetchRunJobDefinitionRequest' {
    BeforeAll {
        $script:request = InModuleScope FetchRun {
            New-FetchRunJobDefinitionRequest -Name fr-run -Image 'img:1' -JobRoleArn 'arn:job' -ExecutionRoleArn 'arn:exec' -DatabaseParameterName '/fr/database' -AttemptDurationSeconds 900
        }
    }

    It 'Report_Default_NoneAndPassedAsAParam' {
        $request.parameters.report | Should -Be 'report=none'
        $request.containerProperties.command | Should -Contain 'Ref::report'
        $withBucket = InModuleScope FetchRun {
            New-FetchRunJobDefinitionRequest -Name fr-run -Image 'img:1' -JobRoleArn 'arn:job' -ExecutionRoleArn 'arn:exec' -DatabaseParameterName '/fr/database' -ReportUri 's3://b/reports/'
        }
        $withBucket.parameters.report | Should -Be 'report=s3://b/reports/'
    }

    It 'Command_Always_PassesEveryOptionThroughARef' {
        $command = $request.containerProperties.command
        $command[0..3] | Should -Be @('run', 'Ref::script', '--input', 'Ref::input')
        foreach ($name in $request.parameters.Keys) { $command | Should -Contain "Ref::$name" }
    }

    It 'Parameters_ExceptTimeoutAndReport_DefaultToNone' {
        @($request.parameters.Keys | Where-Object { $_ -notin 'timeout', 'report' } | ForEach-Object { $request.parameters[$_] }) | Sort-Object -Unique | Should -Be 'none'
    }

    It 'Container_Always_HasRolesResourcesAndNoSecrets' {
        $request.containerProperties.jobRoleArn | Should -Be 'arn:job'
        $request.containerProperties.executionRoleArn | Should -Be 'arn:exec'
        ($request.containerProperties.resourceRequirements | ForEach-Object { "$($_.type)=$($_.value)" }) | Should -Be @('VCPU=1', 'MEMORY=2048')
        $environment = @{}; foreach ($e in $request.containerProperties.environment) { $environment[$e.name] = $e.value }
        $environment.FETCHRUN_CACHE_DIR | Should -BeLike '/tmp/*'
        $environment.FETCHRUN_DB_SSM_PARAMETER | Should -Be '/fr/database'
        $environment.FETCHRUN_NLP | Should -Be 'aws'
    }

    It 'Timeout_Given_IsTheAttemptDuration' {
        $request.timeout.attemptDurationSeconds | Should -Be 900
    }

    # Batch does not retry an attempt it ended for exceeding attemptDurationSeconds (AWS Batch User Guide,
    # "Job timeouts"), so the runner's own deadline comes first and it exits 143, which is retried.
    It 'RunnerTimeout_Default_IsTheAttemptDurationLessTwoMinutes' {
        $request.parameters.timeout | Should -Be '780s'
        $at = [array]::IndexOf($request.containerProperties.command, '--timeout')
        $request.containerProperties.command[$at + 1] | Should -Be 'Ref::timeout'
    }

    It 'RunnerTimeout_MarginGiven_IsTheAttemptDurationLessTheMargin' {
        $withMargin = InModuleScope FetchRun {
            New-FetchRunJobDefinitionRequest -Name fr-run -Image 'img:1' -JobRoleArn 'arn:job' -ExecutionRoleArn 'arn:exec' -DatabaseParameterName '/fr/db' -AttemptDurationSeconds 3600 -TimeoutMarginSeconds 300
        }
        $withMargin.parameters.timeout | Should -Be '3300s'
    }

    It 'Grace_Default_IsTheStopTimeoutLessFiveSeconds' {
        @($request.containerProperties.environment | Where-Object name -eq 'FETCHRUN_GRACE').value | Should -Be '25s'
    }

    It 'Grace_StopTimeoutGiven_FollowsIt' {
        $longer = InModuleScope FetchRun {
            New-FetchRunJobDefinitionRequest -Name fr-run -Image 'img:1' -JobRoleArn 'arn:job' -ExecutionRoleArn 'arn:exec' -DatabaseParameterName '/fr/db' -ContainerStopTimeoutSeconds 90
        }
        @($longer.containerProperties.environment | Where-Object name -eq 'FETCHRUN_GRACE').value | Should -Be '85s'
    }

    It 'StopTimeout_Under30Seconds_IsRefused' {
        { InModuleScope FetchRun { New-FetchRunJobDefinitionRequest -Name n -Image i -JobRoleArn j -ExecutionRoleArn e -DatabaseParameterName d -ContainerStopTimeoutSeconds 29 } } |
            Should -Throw '*ContainerStopTimeoutSeconds*'
    }

    It 'Margin_BelowTheStopTimeout_IsRefusedNamingBoth' {
        { InModuleScope FetchRun { New-FetchRunJobDefinitionRequest -Name n -Image i -JobRoleArn j -ExecutionRoleArn e -DatabaseParameterName d -ContainerStopTimeoutSeconds 60 -TimeoutMarginSeconds 45 } } |
            Should -Throw '*-TimeoutMarginSeconds (45) is below -ContainerStopTimeoutSeconds (60)*'
    }

    It 'Margin_LeavingTheRunnerNoTime_IsRefused' {
        { InModuleScope FetchRun { New-FetchRunJobDefinitionRequest -Name n -Image i -JobRoleArn j -ExecutionRoleArn e -DatabaseParameterName d -AttemptDurationSeconds 120 -TimeoutMarginSeconds 100 } } |
            Should -Throw '*leaves the runner 20 s*'
    }

    It 'RootFilesystem_Always_ReadOnlyWithATmpfsAtTmpHoldingTheCache' {
        $request.containerProperties.readonlyRootFilesystem | Should -BeTrue
        $tmpfs = @($request.containerProperties.linuxParameters.tmpfs)
        $tmpfs.containerPath | Should -Be '/tmp'
        $tmpfs.size | Should -Be 1024
        @($request.containerProperties.environment | Where-Object name -eq 'FETCHRUN_CACHE_DIR').value | Should -BeLike '/tmp/*'
    }
}

Describe 'ConvertTo-FetchRunCanonicalJson' {
    It 'KeyOrderAndSingleElementLists_Differ_CompareEqual' {
        InModuleScope FetchRun {
            (ConvertTo-FetchRunCanonicalJson ([ordered]@{ b = @('x'); a = 1 })) | Should -Be (ConvertTo-FetchRunCanonicalJson ('{"a":1,"b":"x"}' | ConvertFrom-Json))
        }
    }

    It 'Values_Differ_CompareDifferent' {
        InModuleScope FetchRun {
            (ConvertTo-FetchRunCanonicalJson @{ a = @(1, 2) }) | Should -Not -Be (ConvertTo-FetchRunCanonicalJson @{ a = @(2, 1) })
        }
    }
}
