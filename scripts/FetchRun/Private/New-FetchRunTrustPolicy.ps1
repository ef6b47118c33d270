function New-FetchRunTrustPolicy {
    <#
    .SYNOPSIS
    An assume-role policy that lets one AWS service principal use the role.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([Parameter(Mandatory)][ValidatePattern('\.amazonaws\.com$')][string] $ServicePrincipal)
    [ordered]@{
        Version   = '2012-10-17'
        Statement = @([ordered]@{ Effect = 'Allow'; Principal = @{ Service = $ServicePrincipal }; Action = 'sts:AssumeRole' })
    }
}
