function New-FetchRunJobDefinitionRequest {
    <#
    .SYNOPSIS
    The register-job-definition request for the runner: command, parameter defaults, resources, retries.
    .DESCRIPTION
    Every option reaches the runner through a Ref:: parameter whose default is 'none' (the runner's
    "not set"; Batch rejects empty defaults), except timeout: Batch does not retry an attempt it ended for
    exceeding attemptDurationSeconds (AWS Batch User Guide, "Job timeouts"), so the runner's own --timeout
    defaults to the attempt duration minus -TimeoutMarginSeconds and the runner stops, saves and exits 143
    (retried) first. FETCHRUN_GRACE is the container stop timeout minus 5 s, so a script that overruns its
    grace is ended by the runner (143) before the agent's SIGKILL. containerProperties has no stop timeout
    field (only ecsProperties' task containers have stopTimeout), so it is the ECS agent's
    ECS_CONTAINER_STOP_TIMEOUT, which the launch template sets from the same -ContainerStopTimeoutSeconds.
    The root file system is read-only; /tmp (the image's working directory, FETCHRUN_CACHE_DIR, SQLite
    files, temporary files) is a tmpfs. Secrets never travel as parameters: the job reads the database
    connection from the SSM parameter named in FETCHRUN_DB_SSM_PARAMETER.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory)][string] $Name,
        [Parameter(Mandatory)][string] $Image,
        [Parameter(Mandatory)][string] $JobRoleArn,
        [Parameter(Mandatory)][string] $ExecutionRoleArn,
        [Parameter(Mandatory)][string] $DatabaseParameterName,
        [ValidateRange(1, 192)][int] $Vcpus = 1,
        [ValidateRange(128, 1048576)][int] $MemoryMiB = 2048,
        [ValidateRange(60, 1209600)][int] $AttemptDurationSeconds = 3600,
        [ValidateRange(1, 10)][int] $Attempts = 5,
        [ValidateRange(30, 600)][int] $ContainerStopTimeoutSeconds = 30,
        [ValidateRange(0, 1209600)][int] $TimeoutMarginSeconds = 120,
        [ValidateRange(16, 1048576)][int] $TmpfsSizeMiB = 1024,
        [ValidatePattern('^(none|s3://[^/]+/(.+/)?)$')][string] $ReportUri = 'none',
        [hashtable] $Tags = @{}
    )
    $runnerTimeout = Get-FetchRunRunnerTimeout -AttemptDurationSeconds $AttemptDurationSeconds -TimeoutMarginSeconds $TimeoutMarginSeconds `
        -ContainerStopTimeoutSeconds $ContainerStopTimeoutSeconds
    [ordered]@{
        jobDefinitionName   = $Name
        type                = 'container'
        parameters          = [ordered]@{ script = 'none'; input = 'none'; params = 'none'; scriptSha256 = 'none'; cache = 'none'; timeout = "${runnerTimeout}s"
                                report = "report=$ReportUri" }
        containerProperties = [ordered]@{
            image                  = $Image
            command                = @('run', 'Ref::script', '--input', 'Ref::input', '--param', 'Ref::params', '--param', 'Ref::report',
                '--script-sha256', 'Ref::scriptSha256', '--cache', 'Ref::cache', '--timeout', 'Ref::timeout', '--log-format', 'json')
            jobRoleArn             = $JobRoleArn
            executionRoleArn       = $ExecutionRoleArn
            resourceRequirements   = @(
                [ordered]@{ type = 'VCPU'; value = "$Vcpus" }
                [ordered]@{ type = 'MEMORY'; value = "$MemoryMiB" }
            )
            environment            = @(
                [ordered]@{ name = 'FETCHRUN_CACHE_DIR'; value = '/tmp/fetchrun-cache' }
                [ordered]@{ name = 'FETCHRUN_GRACE'; value = "$($ContainerStopTimeoutSeconds - 5)s" }
                [ordered]@{ name = 'FETCHRUN_NLP'; value = 'aws' }
                [ordered]@{ name = 'FETCHRUN_DB_SSM_PARAMETER'; value = $DatabaseParameterName }
            )
            readonlyRootFilesystem = $true
            linuxParameters        = [ordered]@{
                tmpfs = @([ordered]@{ containerPath = '/tmp'; size = $TmpfsSizeMiB; mountOptions = @('rw', 'nosuid', 'nodev') })
            }
            logConfiguration       = [ordered]@{ logDriver = 'awslogs' }
        }
        timeout             = [ordered]@{ attemptDurationSeconds = $AttemptDurationSeconds }
        retryStrategy       = New-FetchRunRetryStrategy -Attempts $Attempts
        propagateTags       = $true
        tags                = $Tags
    }
}
