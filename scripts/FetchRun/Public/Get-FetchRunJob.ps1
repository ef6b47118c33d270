function Get-FetchRunJob {
    <#
    .SYNOPSIS
    Shows a job's status, status reason, exit code and log stream; with -IncludeLog, the log's last lines.
    .DESCRIPTION
    For an array job's parent, also the children's counts by status. The log stream is in CloudWatch Logs,
    group /aws/batch/job unless the job definition says otherwise.
    .PARAMETER JobId
    The job id printed by Submit-FetchRunJob (an array child is <id>:<index>).
    .PARAMETER IncludeLog
    Also fetch the last log events.
    .PARAMETER LogLines
    How many log events to fetch. Default 50.
    .EXAMPLE
    Get-FetchRunJob -JobId 1b2c... -IncludeLog
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)][string] $JobId,
        [switch] $IncludeLog,
        [ValidateRange(1, 10000)][int] $LogLines = 50
    )
    process {
        $job = @((Invoke-FetchRunAws -Service batch -Operation describe-jobs -InputObject @{ jobs = @($JobId) } -ReadOnly).jobs)[0]
        if (-not $job) { throw "No job $JobId." }
        $attempt = @($job.attempts)[-1]
        $stream = if ($job.container.logStreamName) { $job.container.logStreamName } else { $attempt.container.logStreamName }
        $group = if ($job.container.logConfiguration.options.'awslogs-group') { $job.container.logConfiguration.options.'awslogs-group' } else { '/aws/batch/job' }
        $log = @()
        if ($IncludeLog -and $stream) {
            $events = Invoke-FetchRunAws -Service logs -Operation get-log-events -InputObject @{ logGroupName = $group; logStreamName = $stream; limit = $LogLines; startFromHead = $false } -ReadOnly
            $log = @($events.events.message)
        }
        [pscustomobject]@{
            PSTypeName    = 'FetchRun.JobStatus'
            JobId         = $job.jobId
            JobName       = $job.jobName
            Status        = $job.status
            StatusReason  = $job.statusReason
            ExitCode      = $job.container.exitCode
            Attempts      = @($job.attempts).Count
            ArrayStatus   = $job.arrayProperties.statusSummary
            Parameters    = $job.parameters
            LogGroup      = $group
            LogStream     = $stream
            Log           = $log
        }
    }
}
