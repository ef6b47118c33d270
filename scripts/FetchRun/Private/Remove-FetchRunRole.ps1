function Remove-FetchRunRole {
    <#
    .SYNOPSIS
    Deletes an IAM role after removing its inline policies and detaching its managed ones; a missing role is fine.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string] $Name)
    $inline = Invoke-FetchRunAws -Service iam -Operation list-role-policies -InputObject @{ RoleName = $Name } -ReadOnly -IgnoreError 'NoSuchEntity'
    if (-not $inline) { return }
    foreach ($policy in @($inline.PolicyNames | Where-Object { $_ })) {
        Invoke-FetchRunAws -Service iam -Operation delete-role-policy -InputObject @{ RoleName = $Name; PolicyName = $policy } | Out-Null
    }
    $attached = Invoke-FetchRunAws -Service iam -Operation list-attached-role-policies -InputObject @{ RoleName = $Name } -ReadOnly
    foreach ($arn in @($attached.AttachedPolicies.PolicyArn | Where-Object { $_ })) {
        Invoke-FetchRunAws -Service iam -Operation detach-role-policy -InputObject @{ RoleName = $Name; PolicyArn = $arn } | Out-Null
    }
    Invoke-FetchRunAws -Service iam -Operation delete-role -InputObject @{ RoleName = $Name } | Out-Null
}
