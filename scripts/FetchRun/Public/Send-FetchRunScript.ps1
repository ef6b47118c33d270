function Send-FetchRunScript {
    <#
    .SYNOPSIS
    Uploads a .csx job script, fills the shared compile cache with fetchrun check, and returns the URI, version id and SHA-256 to pin it by.
    .DESCRIPTION
    The bucket is versioned, so s3://bucket/key?versionId=... names exactly this upload. Then it runs
    'fetchrun check <that URI> --cache <CacheUri>': the runner fetches what was uploaded, compiles it and
    writes the compiled entry to the shared cache, which jobs only read (their role cannot write it).
    Every line check prints is shown; the pin is the script_sha256 check reports (the SHA-256 over the script's whole #load closure), so pass it as
    the job's scriptSha256 parameter and the runner refuses any other content (exit 77).
    The runner must be the version the image ships (same commit or tag): the cache key includes the runner
    version. A failed check throws: the object is uploaded, but no job should be submitted with it.
    .PARAMETER Path
    The local script.
    .PARAMETER Bucket
    The bucket (from the state file).
    .PARAMETER Key
    The object key. Default scripts/<file name>.
    .PARAMETER CacheUri
    The shared compile cache. Default s3://<bucket>/cache/.
    .PARAMETER RunnerPath
    The fetchrun executable. Default FETCHRUN_RUNNER, else 'fetchrun' on PATH.
    .EXAMPLE
    Send-FetchRunScript -Path jobs/review-sentiment.csx -Bucket fetchrun-123456789012-eu-west-1
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })][string] $Path,
        [Parameter(Mandatory)][string] $Bucket,
        [string] $Key,
        [ValidatePattern('^s3://[^/]+/(.+/)?$')][string] $CacheUri,
        [string] $RunnerPath
    )
    $file = Get-Item -LiteralPath $Path
    if (-not $Key) { $Key = "scripts/$($file.Name)" }
    if (-not $CacheUri) { $CacheUri = "s3://$Bucket/cache/" }
    # Before the upload, so a missing runner leaves nothing half done.
    $runner = Resolve-FetchRunRunner -RunnerPath $RunnerPath
    $put = Invoke-FetchRunAws -Service s3api -Operation put-object -InputObject @{ Bucket = $Bucket; Key = $Key; ContentType = 'text/plain; charset=utf-8' } -ArgumentList @('--body', $file.FullName)
    $uri = "s3://$Bucket/$Key"
    $pinned = if ($put.VersionId) { "${uri}?versionId=$($put.VersionId)" } else { $uri }
    $checkArguments = @('check', $pinned, '--cache', $CacheUri, '--log-format', 'json')
    if (-not $PSCmdlet.ShouldProcess("$runner $($checkArguments -join ' ')", 'fetchrun check')) { return }
    $check = Invoke-FetchRunRunner -RunnerPath $runner -ArgumentList $checkArguments
    foreach ($line in $check.Output) { Write-Information $line -InformationAction Continue }
    if ($check.ExitCode -ne 0) {
        throw "fetchrun check $pinned failed (exit $($check.ExitCode)); the object is uploaded but must not be run. Its output is above."
    }
    $checked = $check.Output | ForEach-Object { try { $_ | ConvertFrom-Json -ErrorAction Stop } catch { $null } } |
        Where-Object { $_ -and $_.msg -eq 'script checked' } | Select-Object -Last 1
    # script_sha256 pins the whole #load closure (docs/writing-jobs.md, "Pinning what runs"); sha256 is the main file's alone.
    if (-not $checked.script_sha256) {
        throw "fetchrun check printed no 'script checked' line with a script_sha256: is '$runner' the runner version the image ships?"
    }
    [pscustomobject]@{ PSTypeName = 'FetchRun.UploadedScript'; Uri = $pinned; Unpinned = $uri; VersionId = $put.VersionId; Sha256 = $checked.script_sha256
        Cache = $CacheUri; CacheOutcome = $checked.cache }
}
