function New-FetchRunJobDefinitionRequest {
    <#
    .SYNOPSIS
    The register-job-definition request for the runner: command, parameter defaults, resources, retries.
    .DESCRIPTION
    Every option reaches the runner through a Ref:: parameter whose default is 'none' (the runner's
    "not set"; Batch rejects empty defaults). Secrets never travel as parameters: the job reads the
    database connection from the SSM parameter named in FETCHRUN_DB_SSM_PARAMETER.
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
        [hashtable] $Tags = @{}
    )
    [ordered]@{
        jobDefinitionName   = $Name
        type                = 'container'
        parameters          = [ordered]@{ script = 'none'; input = 'none'; params = 'none'; scriptSha256 = 'none'; cache = 'none'; timeout = 'none' }
        containerProperties = [ordered]@{
            image                = $Image
            command              = @('run', 'Ref::script', '--input', 'Ref::input', '--param', 'Ref::params',
                '--script-sha256', 'Ref::scriptSha256', '--cache', 'Ref::cache', '--timeout', 'Ref::timeout', '--log-format', 'json')
            jobRoleArn           = $JobRoleArn
            executionRoleArn     = $ExecutionRoleArn
            resourceRequirements = @(
                [ordered]@{ type = 'VCPU'; value = "$Vcpus" }
                [ordered]@{ type = 'MEMORY'; value = "$MemoryMiB" }
            )
            environment          = @(
                [ordered]@{ name = 'FETCHRUN_CACHE_DIR'; value = '/tmp/fetchrun-cache' }
                [ordered]@{ name = 'FETCHRUN_NLP'; value = 'aws' }
                [ordered]@{ name = 'FETCHRUN_DB_SSM_PARAMETER'; value = $DatabaseParameterName }
            )
            logConfiguration     = [ordered]@{ logDriver = 'awslogs' }
        }
        timeout             = [ordered]@{ attemptDurationSeconds = $AttemptDurationSeconds }
        retryStrategy       = New-FetchRunRetryStrategy -Attempts $Attempts
        propagateTags       = $true
        tags                = $Tags
    }
}
