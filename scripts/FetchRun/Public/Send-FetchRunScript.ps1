function Send-FetchRunScript {
    <#
    .SYNOPSIS
    Uploads a .csx job script with the files it #loads and #r's, fills the shared compile cache with fetchrun check, and returns the URI, version id and SHA-256 to pin it by.
    .DESCRIPTION
    First the script's local closure: every file named by #load and by a file #r ("lib/tools.dll"), recursively
    through the loaded scripts, goes to the key at the same path relative to the main key's folder as on disk
    (jobs/lib/util.csx loaded by jobs/job.csx goes to scripts/lib/util.csx). #r "nuget: ..." and runner libraries
    (#r "FetchRun.Reviews") are not files and are skipped. A directive the upload cannot carry is refused with
    file(line) before anything is uploaded: an absolute path or a URI, a '\' separator, a '?', '#' or '%' (URI
    syntax to the runner), a path outside the main script's folder, a file that does not exist. Then the main script: the bucket is versioned, so
    s3://bucket/key?versionId=... names exactly this upload. The runner fetches loaded files by plain key (their
    latest version), relative to that URI; the pin below covers their bytes, so a job refuses (exit 77) a closure
    that changed after this upload. Then it runs
    'fetchrun check <that URI> --cache <CacheUri>': the runner fetches what was uploaded, compiles it and
    writes the compiled entry to the shared cache, which jobs only read (their role cannot write it).
    Every line check prints is shown; the pin is the script_sha256 check reports (the SHA-256 over the script's whole #load closure), so pass it as
    the job's scriptSha256 parameter and the runner refuses any other content (exit 77).
    The runner must be the version the image ships (same commit or tag): the cache key includes the runner
    version. A failed check throws: the objects are uploaded, but no job should be submitted with them.
    Returns Uri (pinned), Unpinned, VersionId, Sha256 (the pin), Loaded (one Path, Key, VersionId per uploaded
    closure file, in upload order), Cache and CacheOutcome.
    .PARAMETER Path
    The local script.
    .PARAMETER Bucket
    The bucket (from the state file).
    .PARAMETER Key
    The object key of the main script. Default scripts/<file name>. The loaded files go under its folder.
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
    # Both before the first upload, so a refused #load or a missing runner leaves nothing half done.
    $closure = @(Get-FetchRunScriptClosure -Path $file.FullName)
    $runner = Resolve-FetchRunRunner -RunnerPath $RunnerPath
    $folder = $Key.Substring(0, $Key.LastIndexOf('/') + 1)
    # The closure first: once the main key names the new version, everything it loads is already there.
    $loaded = foreach ($dependency in $closure) {
        $loadedKey = $folder + $dependency.RelativePath
        $contentType = if ($dependency.Keyword -eq 'load') { 'text/plain; charset=utf-8' } else { 'application/octet-stream' }
        $loadedPut = Invoke-FetchRunAws -Service s3api -Operation put-object -InputObject @{ Bucket = $Bucket; Key = $loadedKey; ContentType = $contentType } -ArgumentList @('--body', $dependency.Path)
        [pscustomobject]@{ Path = $dependency.Path; Key = $loadedKey; VersionId = $loadedPut.VersionId }
    }
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
        Loaded = @($loaded); Cache = $CacheUri; CacheOutcome = $checked.cache }
}
