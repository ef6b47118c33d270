function Send-FetchRunScript {
    <#
    .SYNOPSIS
    Uploads a .csx job script to the scripts prefix and returns the URI, version id and SHA-256 to pin it by.
    .DESCRIPTION
    The bucket is versioned, so s3://bucket/key?versionId=... names exactly this upload; pass the hash as
    the job's scriptSha256 parameter and the runner refuses any other content (exit 77).
    .PARAMETER Path
    The local script.
    .PARAMETER Bucket
    The bucket (from the state file).
    .PARAMETER Key
    The object key. Default scripts/<file name>.
    .EXAMPLE
    Send-FetchRunScript -Path jobs/review-sentiment.csx -Bucket fetchrun-123456789012-eu-west-1
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })][string] $Path,
        [Parameter(Mandatory)][string] $Bucket,
        [string] $Key
    )
    $file = Get-Item -LiteralPath $Path
    if (-not $Key) { $Key = "scripts/$($file.Name)" }
    $sha256 = (Get-FileHash -LiteralPath $file.FullName -Algorithm SHA256).Hash.ToLowerInvariant()
    $put = Invoke-FetchRunAws -Service s3api -Operation put-object -InputObject @{ Bucket = $Bucket; Key = $Key; ContentType = 'text/plain; charset=utf-8' } -ArgumentList @('--body', $file.FullName)
    $uri = "s3://$Bucket/$Key"
    $pinned = if ($put.VersionId) { "${uri}?versionId=$($put.VersionId)" } else { $uri }
    [pscustomobject]@{ PSTypeName = 'FetchRun.UploadedScript'; Uri = $pinned; Unpinned = $uri; VersionId = $put.VersionId; Sha256 = $sha256 }
}
