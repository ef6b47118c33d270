function Set-FetchRunBucket {
    <#
    .SYNOPSIS
    Creates the S3 bucket for scripts, inputs and the compile cache, or brings it in line.
    .DESCRIPTION
    Public access blocked, default encryption (SSE-S3), versioning on (script pins use version ids), tags,
    and lifecycle rules that delete versions of cache/ and scripts/ objects some days after they stopped
    being current (lifecycle rules of other prefixes are kept as they are).
    Each setting is read first and written only when it differs.
    .PARAMETER Name
    The bucket name.
    .PARAMETER Region
    The bucket's region (us-east-1 takes no location constraint).
    .PARAMETER NoncurrentVersionExpirationDays
    Days after which a replaced (noncurrent) version under cache/ or scripts/ is deleted. Default 30.
    A script URI pinned to such a version stops working then.
    .PARAMETER Tags
    Tags to apply.
    .EXAMPLE
    Set-FetchRunBucket -Name fetchrun-123456789012-eu-west-1 -Region eu-west-1 -NoncurrentVersionExpirationDays 14 -Tags @{ project = 'fetchrun' }
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$')][string] $Name,
        [Parameter(Mandatory)][string] $Region,
        [ValidateRange(1, 36500)][int] $NoncurrentVersionExpirationDays = 30,
        [hashtable] $Tags = @{}
    )
    $changes = [System.Collections.Generic.List[string]]::new()
    $location = Invoke-FetchRunAws -Service s3api -Operation get-bucket-location -InputObject @{ Bucket = $Name } -ReadOnly -IgnoreError 'NoSuchBucket|Not Found|404'
    if (-not $location) {
        $request = [ordered]@{ Bucket = $Name }
        if ($Region -ne 'us-east-1') { $request.CreateBucketConfiguration = @{ LocationConstraint = $Region } }
        Invoke-FetchRunAws -Service s3api -Operation create-bucket -InputObject $request | Out-Null
        $changes.Add('created')
    }
    $exists = [bool]$location

    $block = [ordered]@{ BlockPublicAcls = $true; IgnorePublicAcls = $true; BlockPublicPolicy = $true; RestrictPublicBuckets = $true }
    $current = if ($exists) { Invoke-FetchRunAws -Service s3api -Operation get-public-access-block -InputObject @{ Bucket = $Name } -ReadOnly -IgnoreError 'NoSuchPublicAccessBlockConfiguration' }
    if ((ConvertTo-FetchRunCanonicalJson $current.PublicAccessBlockConfiguration) -ne (ConvertTo-FetchRunCanonicalJson $block)) {
        Invoke-FetchRunAws -Service s3api -Operation put-public-access-block -InputObject @{ Bucket = $Name; PublicAccessBlockConfiguration = $block } | Out-Null
        $changes.Add('public access blocked')
    }

    $current = if ($exists) { Invoke-FetchRunAws -Service s3api -Operation get-bucket-encryption -InputObject @{ Bucket = $Name } -ReadOnly -IgnoreError 'ServerSideEncryptionConfigurationNotFoundError' }
    $algorithms = @($current.ServerSideEncryptionConfiguration.Rules.ApplyServerSideEncryptionByDefault.SSEAlgorithm)
    if (-not ($algorithms | Where-Object { $_ -in 'AES256', 'aws:kms' })) {
        $encryption = @{ Rules = @(@{ ApplyServerSideEncryptionByDefault = @{ SSEAlgorithm = 'AES256' } }) }
        Invoke-FetchRunAws -Service s3api -Operation put-bucket-encryption -InputObject @{ Bucket = $Name; ServerSideEncryptionConfiguration = $encryption } | Out-Null
        $changes.Add('default encryption on')
    }

    $current = if ($exists) { Invoke-FetchRunAws -Service s3api -Operation get-bucket-versioning -InputObject @{ Bucket = $Name } -ReadOnly }
    if ($current.Status -ne 'Enabled') {
        Invoke-FetchRunAws -Service s3api -Operation put-bucket-versioning -InputObject @{ Bucket = $Name; VersioningConfiguration = @{ Status = 'Enabled' } } | Out-Null
        $changes.Add('versioning on')
    }

    $current = if ($exists) { Invoke-FetchRunAws -Service s3api -Operation get-bucket-lifecycle-configuration -InputObject @{ Bucket = $Name } -ReadOnly -IgnoreError 'NoSuchLifecycleConfiguration' }
    $ours = New-FetchRunBucketLifecycleRule -NoncurrentVersionExpirationDays $NoncurrentVersionExpirationDays
    # Compared on the fields FetchRun sets, so fields S3 adds when echoing a rule do not read as drift.
    $summary = { param($Rules) @($Rules | ForEach-Object { "$($_.ID) $($_.Filter.Prefix) $($_.Status) $($_.NoncurrentVersionExpiration.NoncurrentDays)" } | Sort-Object) -join '; ' }
    $ids = @($ours | ForEach-Object { $_.ID })
    $kept = @($current.Rules | Where-Object { $_ -and $_.ID -notin $ids })
    if ((& $summary @($current.Rules | Where-Object { $_ -and $_.ID -in $ids })) -ne (& $summary $ours)) {
        $configuration = @{ Rules = @($kept) + @($ours) }
        Invoke-FetchRunAws -Service s3api -Operation put-bucket-lifecycle-configuration -InputObject @{ Bucket = $Name; LifecycleConfiguration = $configuration } | Out-Null
        $changes.Add("noncurrent versions expire after $NoncurrentVersionExpirationDays days")
    }

    $current = if ($exists) { Invoke-FetchRunAws -Service s3api -Operation get-bucket-tagging -InputObject @{ Bucket = $Name } -ReadOnly -IgnoreError 'NoSuchTagSet' }
    $wanted = ConvertTo-FetchRunTagList -Tags $Tags
    if ($wanted.Count -and (ConvertTo-FetchRunCanonicalJson @($current.TagSet | Sort-Object Key)) -ne (ConvertTo-FetchRunCanonicalJson $wanted)) {
        Invoke-FetchRunAws -Service s3api -Operation put-bucket-tagging -InputObject @{ Bucket = $Name; Tagging = @{ TagSet = $wanted } } | Out-Null
        $changes.Add('tagged')
    }
    New-FetchRunResult -Resource 'bucket' -Name $Name -Arn "arn:aws:s3:::$Name" -Changes $changes
}
