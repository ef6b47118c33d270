function Set-FetchRunInstanceProfile {
    <#
    .SYNOPSIS
    Creates the instance profile for the ECS instance role and puts the role in it.
    .DESCRIPTION
    Batch compute environments take the instance profile's ARN, not the role's.
    .PARAMETER Name
    The instance profile name.
    .PARAMETER RoleName
    The role it holds.
    .PARAMETER Tags
    Tags to apply when creating.
    .EXAMPLE
    Set-FetchRunInstanceProfile -Name fetchrun-instance -RoleName fetchrun-instance
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][string] $Name,
        [Parameter(Mandatory)][string] $RoleName,
        [hashtable] $Tags = @{}
    )
    $changes = [System.Collections.Generic.List[string]]::new()
    $profile = (Invoke-FetchRunAws -Service iam -Operation get-instance-profile -InputObject @{ InstanceProfileName = $Name } -ReadOnly -IgnoreError 'NoSuchEntity').InstanceProfile
    if (-not $profile) {
        $profile = (Invoke-FetchRunAws -Service iam -Operation create-instance-profile -InputObject @{ InstanceProfileName = $Name; Tags = ConvertTo-FetchRunTagList -Tags $Tags }).InstanceProfile
        $changes.Add('created')
    }
    if ($RoleName -notin @($profile.Roles.RoleName)) {
        Invoke-FetchRunAws -Service iam -Operation add-role-to-instance-profile -InputObject @{ InstanceProfileName = $Name; RoleName = $RoleName } | Out-Null
        $changes.Add("holds $RoleName")
    }
    New-FetchRunResult -Resource 'instance profile' -Name $Name -Arn $profile.Arn -Changes $changes
}
