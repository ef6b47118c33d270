function Set-FetchRunRepository {
    <#
    .SYNOPSIS
    Creates the ECR repository for the runner image, or brings its scan and tag settings in line.
    .DESCRIPTION
    Scan on push is always on; tag immutability follows -ImmutableTags.
    .PARAMETER Name
    The repository name.
    .PARAMETER ImmutableTags
    Make image tags immutable (a pushed git revision can then never be overwritten).
    .PARAMETER Tags
    Tags to apply when creating.
    .EXAMPLE
    Set-FetchRunRepository -Name fetchrun-runner -ImmutableTags
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[a-z0-9][a-z0-9._/-]*$')][string] $Name,
        [switch] $ImmutableTags,
        [hashtable] $Tags = @{}
    )
    $changes = [System.Collections.Generic.List[string]]::new()
    $mutability = if ($ImmutableTags) { 'IMMUTABLE' } else { 'MUTABLE' }
    $found = Invoke-FetchRunAws -Service ecr -Operation describe-repositories -InputObject @{ repositoryNames = @($Name) } -ReadOnly -IgnoreError 'RepositoryNotFoundException'
    $repository = @($found.repositories)[0]
    if (-not $repository) {
        $created = Invoke-FetchRunAws -Service ecr -Operation create-repository -InputObject ([ordered]@{
                repositoryName             = $Name
                imageTagMutability         = $mutability
                imageScanningConfiguration = @{ scanOnPush = $true }
                tags                       = ConvertTo-FetchRunTagList -Tags $Tags
            })
        return New-FetchRunResult -Resource 'repository' -Name $Name -Arn $created.repository.repositoryArn -Changes 'created'
    }
    if (-not $repository.imageScanningConfiguration.scanOnPush) {
        Invoke-FetchRunAws -Service ecr -Operation put-image-scanning-configuration -InputObject @{ repositoryName = $Name; imageScanningConfiguration = @{ scanOnPush = $true } } | Out-Null
        $changes.Add('scan on push')
    }
    if ($repository.imageTagMutability -ne $mutability) {
        Invoke-FetchRunAws -Service ecr -Operation put-image-tag-mutability -InputObject @{ repositoryName = $Name; imageTagMutability = $mutability } | Out-Null
        $changes.Add("tags $($mutability.ToLowerInvariant())")
    }
    New-FetchRunResult -Resource 'repository' -Name $Name -Arn $repository.repositoryArn -Changes $changes
}
