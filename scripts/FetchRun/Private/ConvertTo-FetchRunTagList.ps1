function ConvertTo-FetchRunTagList {
    <#
    .SYNOPSIS
    Turns a tag hashtable into the [{Key,Value}] list most AWS APIs take (key names configurable).
    #>
    [CmdletBinding()]
    [OutputType([object[]])]
    param(
        [Parameter(Mandatory)][AllowEmptyCollection()][hashtable] $Tags,
        [string] $KeyName = 'Key',
        [string] $ValueName = 'Value'
    )
    , @(foreach ($key in @($Tags.Keys | Sort-Object)) { [ordered]@{ $KeyName = $key; $ValueName = "$($Tags[$key])" } })
}
