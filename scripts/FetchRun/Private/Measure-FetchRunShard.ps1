function Measure-FetchRunShard {
    <#
    .SYNOPSIS
    Counts input shards: each URI is one, an s3:// prefix ending in '/' counts its objects.
    #>
    [CmdletBinding()]
    [OutputType([int])]
    param([string[]] $InputUri = @())
    $count = 0
    foreach ($uri in $InputUri) {
        if ($uri -notmatch '^s3://([^/]+)/(.*/)?$') { $count++; continue }
        $listing = Invoke-FetchRunAws -Service s3api -Operation list-objects-v2 -InputObject @{ Bucket = $Matches[1]; Prefix = "$($Matches[2])" } -ReadOnly
        $count += @($listing.Contents | Where-Object { $_ -and -not $_.Key.EndsWith('/') }).Count
    }
    $count
}
