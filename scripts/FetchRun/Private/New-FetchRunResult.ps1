function New-FetchRunResult {
    <#
    .SYNOPSIS
    What one provisioning step found or did: the resource, its name and ARN, and the changes made.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][string] $Resource,
        [Parameter(Mandatory)][string] $Name,
        [string] $Arn,
        [string[]] $Changes = @()
    )
    [pscustomobject]@{
        PSTypeName = 'FetchRun.ProvisionResult'
        Resource   = $Resource
        Name       = $Name
        Arn        = $Arn
        Changes    = @($Changes)
        Changed    = @($Changes).Count -gt 0
    }
}
