function Remove-FetchRunBucket {
    <#
    .SYNOPSIS
    Deletes every object version and delete marker in a bucket, then the bucket; a missing bucket is fine.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string] $Name)
    while ($true) {
        $listing = Invoke-FetchRunAws -Service s3api -Operation list-object-versions -InputObject @{ Bucket = $Name; MaxKeys = 1000 } -ReadOnly -IgnoreError 'NoSuchBucket'
        if (-not $listing) { return }
        $objects = @(@($listing.Versions) + @($listing.DeleteMarkers) | Where-Object { $_ } | ForEach-Object { @{ Key = $_.Key; VersionId = $_.VersionId } })
        if (-not $objects) { break }
        Invoke-FetchRunAws -Service s3api -Operation delete-objects -InputObject @{ Bucket = $Name; Delete = @{ Objects = $objects; Quiet = $true } } | Out-Null
        if ($WhatIfPreference) { break }
    }
    Invoke-FetchRunAws -Service s3api -Operation delete-bucket -InputObject @{ Bucket = $Name } | Out-Null
}
