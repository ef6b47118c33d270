function Submit-FetchRunJob {
    <#
    .SYNOPSIS
    Submits a FetchRun job; with several input shards, an array job of one child per shard.
    .DESCRIPTION
    Every input goes to every child (comma-separated); the runner keeps the shards whose position modulo
    the array size is the child's index. An input ending in '/' is an S3 prefix and counts as its objects.
    .PARAMETER JobName
    The job's name.
    .PARAMETER JobQueue
    The job queue (from the state file).
    .PARAMETER JobDefinition
    The job definition (from the state file).
    .PARAMETER ScriptUri
    The script: s3://bucket/key?versionId=... as Send-FetchRunScript prints it.
    .PARAMETER ScriptSha256
    The script's hash pin.
    .PARAMETER InputUri
    Input shards or prefixes.
    .PARAMETER Parameter
    Script parameters (Params["k"] in the script).
    .PARAMETER CacheUri
    An S3 prefix for the shared compile cache.
    .PARAMETER Timeout
    The runner's own deadline, e.g. 50m (keep it below the job definition's attempt duration).
    .PARAMETER ArraySize
    Override the number of children (default: the number of shards).
    .EXAMPLE
    Submit-FetchRunJob -JobName reviews -JobQueue fetchrun-queue -JobDefinition fetchrun-run -ScriptUri $s.Uri -InputUri s3://b/inputs/a.jsonl, s3://b/inputs/b.jsonl
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$')][string] $JobName,
        [Parameter(Mandatory)][string] $JobQueue,
        [Parameter(Mandatory)][string] $JobDefinition,
        [Parameter(Mandatory)][ValidatePattern('^(s3|https)://')][string] $ScriptUri,
        [ValidatePattern('^[0-9a-fA-F]{64}$')][string] $ScriptSha256,
        [string[]] $InputUri = @(),
        [hashtable] $Parameter = @{},
        [ValidatePattern('^s3://')][string] $CacheUri,
        [ValidatePattern('^\d+(ms|s|m|h)$')][string] $Timeout,
        [ValidateRange(0, 10000)][int] $ArraySize = 0
    )
    foreach ($key in $Parameter.Keys) {
        if ("$key" -match '[;=,]' -or "$($Parameter[$key])" -match ';') { throw "Parameter '$key': names cannot hold ';', '=' or ',', values cannot hold ';' (the runner's separators)." }
    }
    if (-not $ArraySize) { $ArraySize = Measure-FetchRunShard -InputUri $InputUri }
    $parameters = [ordered]@{ script = $ScriptUri }
    if ($InputUri) { $parameters.input = $InputUri -join ',' }
    if ($Parameter.Count) { $parameters.params = (@($Parameter.Keys | Sort-Object) | ForEach-Object { "$_=$($Parameter[$_])" }) -join ';' }
    if ($ScriptSha256) { $parameters.scriptSha256 = $ScriptSha256.ToLowerInvariant() }
    if ($CacheUri) { $parameters.cache = $CacheUri }
    if ($Timeout) { $parameters.timeout = $Timeout }
    $request = [ordered]@{ jobName = $JobName; jobQueue = $JobQueue; jobDefinition = $JobDefinition; parameters = $parameters; propagateTags = $true }
    # Batch array jobs have 2 to 10,000 children; one shard is a plain job.
    if ($ArraySize -ge 2) { $request.arrayProperties = @{ size = $ArraySize } }
    $submitted = Invoke-FetchRunAws -Service batch -Operation submit-job -InputObject $request
    [pscustomobject]@{ PSTypeName = 'FetchRun.SubmittedJob'; JobId = $submitted.jobId; JobName = $JobName; ArraySize = $ArraySize; Parameters = [pscustomobject]$parameters }
}
