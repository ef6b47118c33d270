function Set-FetchRunRole {
    <#
    .SYNOPSIS
    Creates an IAM role trusted by one service, or brings its trust, inline policy and managed policies in line.
    .DESCRIPTION
    Each part is read first and written only when it differs. Managed policies attached by hand are left
    alone, with a warning: whatever a role may do, everything that can assume it may do.
    .PARAMETER Name
    The role name.
    .PARAMETER ServicePrincipal
    The service that assumes the role, e.g. ecs-tasks.amazonaws.com.
    .PARAMETER SourceAccount
    When given, the service may assume the role only on behalf of this account (aws:SourceAccount).
    .PARAMETER InlinePolicy
    The role's inline policy document (named after the role); omitted means none is managed.
    .PARAMETER ManagedPolicyArn
    AWS-managed policies to attach.
    .PARAMETER Tags
    Tags to apply when creating.
    .EXAMPLE
    Set-FetchRunRole -Name fetchrun-execution -ServicePrincipal ecs-tasks.amazonaws.com -ManagedPolicyArn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[\w+=,.@-]{1,64}$')][string] $Name,
        [Parameter(Mandatory)][string] $ServicePrincipal,
        [ValidatePattern('^(\d{12})?$')][string] $SourceAccount,
        [System.Collections.IDictionary] $InlinePolicy,
        [string[]] $ManagedPolicyArn = @(),
        [hashtable] $Tags = @{}
    )
    $changes = [System.Collections.Generic.List[string]]::new()
    $condition = if ($SourceAccount) { @{ SourceAccount = $SourceAccount } } else { @{} }
    $trust = New-FetchRunTrustPolicy -ServicePrincipal $ServicePrincipal @condition
    $trustJson = ConvertTo-FetchRunCanonicalJson $trust
    $role = (Invoke-FetchRunAws -Service iam -Operation get-role -InputObject @{ RoleName = $Name } -ReadOnly -IgnoreError 'NoSuchEntity').Role
    if (-not $role) {
        $role = (Invoke-FetchRunAws -Service iam -Operation create-role -InputObject ([ordered]@{
                    RoleName                 = $Name
                    AssumeRolePolicyDocument = $trust | ConvertTo-Json -Depth 10 -Compress
                    Tags                     = ConvertTo-FetchRunTagList -Tags $Tags
                })).Role
        $changes.Add('created')
    }
    elseif ((ConvertTo-FetchRunCanonicalJson (ConvertFrom-FetchRunPolicyText $role.AssumeRolePolicyDocument)) -ne $trustJson) {
        Invoke-FetchRunAws -Service iam -Operation update-assume-role-policy -InputObject @{ RoleName = $Name; PolicyDocument = $trust | ConvertTo-Json -Depth 10 -Compress } | Out-Null
        $changes.Add('trust policy updated')
    }
    $exists = -not $changes.Contains('created')

    if ($InlinePolicy) {
        $current = if ($exists) { Invoke-FetchRunAws -Service iam -Operation get-role-policy -InputObject @{ RoleName = $Name; PolicyName = $Name } -ReadOnly -IgnoreError 'NoSuchEntity' }
        if (-not $current -or (ConvertTo-FetchRunCanonicalJson (ConvertFrom-FetchRunPolicyText $current.PolicyDocument)) -ne (ConvertTo-FetchRunCanonicalJson $InlinePolicy)) {
            Invoke-FetchRunAws -Service iam -Operation put-role-policy -InputObject @{ RoleName = $Name; PolicyName = $Name; PolicyDocument = $InlinePolicy | ConvertTo-Json -Depth 10 -Compress } | Out-Null
            $changes.Add('inline policy set')
        }
    }

    $attached = if ($exists) { @((Invoke-FetchRunAws -Service iam -Operation list-attached-role-policies -InputObject @{ RoleName = $Name } -ReadOnly).AttachedPolicies.PolicyArn) } else { @() }
    $extra = @($attached | Where-Object { $_ -and $_ -notin $ManagedPolicyArn })
    if ($extra.Count) { Write-Warning "Role $Name also holds $($extra -join ', ') (attached outside FetchRun); left in place." }
    foreach ($arn in $ManagedPolicyArn) {
        if ($arn -notin $attached) {
            Invoke-FetchRunAws -Service iam -Operation attach-role-policy -InputObject @{ RoleName = $Name; PolicyArn = $arn } | Out-Null
            $changes.Add("attached $(($arn -split '/')[-1])")
        }
    }
    New-FetchRunResult -Resource 'role' -Name $Name -Arn $role.Arn -Changes $changes
}
