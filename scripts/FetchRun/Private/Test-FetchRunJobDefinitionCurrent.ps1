function Test-FetchRunJobDefinitionCurrent {
    <#
    .SYNOPSIS
    Whether a registered job definition already has everything a request asks for.
    .DESCRIPTION
    Compares only the fields FetchRun sets: Batch adds defaults (volumes, mount points, ulimits) to what it returns.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)][System.Collections.IDictionary] $Request,
        [Parameter(Mandatory)] $Registered
    )
    $pairs = @(
        , @($Request.parameters, $Registered.parameters)
        , @($Request.timeout, $Registered.timeout)
        , @($Request.retryStrategy, $Registered.retryStrategy)
        , @($Request.tags, $Registered.tags)
    )
    foreach ($key in $Request.containerProperties.Keys) {
        $pairs += , @($Request.containerProperties[$key], $Registered.containerProperties.$key)
    }
    foreach ($pair in $pairs) {
        if ((ConvertTo-FetchRunCanonicalJson $pair[0]) -ne (ConvertTo-FetchRunCanonicalJson $pair[1])) { return $false }
    }
    $true
}
