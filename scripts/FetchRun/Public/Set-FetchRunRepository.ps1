function Set-FetchRunRepository {
    <#
    .SYNOPSIS
    Creates the ECR repository for the runner image, or brings its scan, tag and lifecycle settings in line.
    .DESCRIPTION
    Scan on push is always on; tag immutability follows -ImmutableTags (on by default, so a pushed git
    revision can never be overwritten); a lifecycle policy expires untagged images (the layers a re-tag or
    a failed push leaves behind) some days after they were pushed. Each setting is read first and written
    only when it differs.
    .PARAMETER Name
    The repository name.
    .PARAMETER ImmutableTags
    Make image tags immutable. On by default; -ImmutableTags:$false makes them mutable.
    .PARAMETER UntaggedImageExpirationDays
    Days after its push that an untagged image is expired. Default 7.
    .PARAMETER Tags
    Tags to apply when creating.
    .EXAMPLE
    Set-FetchRunRepository -Name fetchrun-runner -UntaggedImageExpirationDays 14
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[a-z0-9][a-z0-9._/-]*$')][string] $Name,
        [switch] $ImmutableTags = $true,
        [ValidateRange(1, 3650)][int] $UntaggedImageExpirationDays = 7,
        [hashtable] $Tags = @{}
    )
    $changes = [System.Collections.Generic.List[string]]::new()
    $mutability = if ($ImmutableTags) { 'IMMUTABLE' } else { 'MUTABLE' }
    $found = Invoke-FetchRunAws -Service ecr -Operation describe-repositories -InputObject @{ repositoryNames = @($Name) } -ReadOnly -IgnoreError 'RepositoryNotFoundException'
    $repository = @($found.repositories)[0]
    if (-not $repository) {
        $repository = (Invoke-FetchRunAws -Service ecr -Operation create-repository -InputObject ([ordered]@{
                    repositoryName             = $Name
                    imageTagMutability         = $mutability
                    imageScanningConfiguration = @{ scanOnPush = $true }
                    tags                       = ConvertTo-FetchRunTagList -Tags $Tags
                })).repository
        $changes.Add('created')
    }
    else {
        if (-not $repository.imageScanningConfiguration.scanOnPush) {
            Invoke-FetchRunAws -Service ecr -Operation put-image-scanning-configuration -InputObject @{ repositoryName = $Name; imageScanningConfiguration = @{ scanOnPush = $true } } | Out-Null
            $changes.Add('scan on push')
        }
        if ($repository.imageTagMutability -ne $mutability) {
            Invoke-FetchRunAws -Service ecr -Operation put-image-tag-mutability -InputObject @{ repositoryName = $Name; imageTagMutability = $mutability } | Out-Null
            $changes.Add("tags $($mutability.ToLowerInvariant())")
        }
    }

    $policy = [ordered]@{ rules = @([ordered]@{
                rulePriority = 1
                description  = "Expire untagged images $UntaggedImageExpirationDays days after push"
                selection    = [ordered]@{ tagStatus = 'untagged'; countType = 'sinceImagePushed'; countUnit = 'days'; countNumber = $UntaggedImageExpirationDays }
                action       = @{ type = 'expire' }
            }) }
    $current = if (-not $changes.Contains('created')) { Invoke-FetchRunAws -Service ecr -Operation get-lifecycle-policy -InputObject @{ repositoryName = $Name } -ReadOnly -IgnoreError 'LifecyclePolicyNotFoundException' }
    if (-not $current -or (ConvertTo-FetchRunCanonicalJson (ConvertFrom-Json $current.lifecyclePolicyText)) -ne (ConvertTo-FetchRunCanonicalJson $policy)) {
        $text = $policy | ConvertTo-Json -Depth 10 -Compress
        Invoke-FetchRunAws -Service ecr -Operation put-lifecycle-policy -InputObject @{ repositoryName = $Name; lifecyclePolicyText = $text } | Out-Null
        $changes.Add("untagged images expire after $UntaggedImageExpirationDays days")
    }
    New-FetchRunResult -Resource 'repository' -Name $Name -Arn $repository.repositoryArn -Changes $changes
}
