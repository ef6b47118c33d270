function Get-FetchRunAccount {
    <#
    .SYNOPSIS
    The caller's account id, partition and region, which resource names and ARNs are built from.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param()
    $identity = Invoke-FetchRunAws -Service sts -Operation get-caller-identity -ReadOnly
    $region = (Resolve-FetchRunAwsSetting).Region
    if (-not $region) { throw 'No AWS region: pass -Region or set AWS_REGION.' }
    [pscustomobject]@{ AccountId = $identity.Account; Partition = ($identity.Arn -split ':')[1]; Region = $region }
}
