function ConvertTo-FetchRunCanonicalJson {
    <#
    .SYNOPSIS
    Serialises an object with sorted keys, no whitespace and one-element lists unwrapped, so documents compare by content.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][AllowNull()] $InputObject)
    $sort = $null
    $sort = {
        param($Value)
        if ($null -eq $Value) { return $null }
        if ($Value -is [string]) { return $Value }
        if ($Value -is [System.Collections.IDictionary]) {
            $ordered = [ordered]@{}
            foreach ($key in @($Value.Keys | Sort-Object)) { $ordered[$key] = & $sort $Value[$key] }
            return $ordered
        }
        if ($Value -is [pscustomobject]) {
            $ordered = [ordered]@{}
            foreach ($name in @($Value.PSObject.Properties.Name | Sort-Object)) { $ordered[$name] = & $sort $Value.$name }
            return $ordered
        }
        if ($Value -is [System.Collections.IEnumerable]) {
            $items = @(foreach ($item in $Value) { & $sort $item })
            # IAM treats "a" and ["a"] alike and echoes either form, so one element compares as the element.
            if ($items.Count -eq 1) { return $items[0] }
            return , $items
        }
        $Value
    }
    ConvertTo-Json -InputObject (& $sort $InputObject) -Depth 50 -Compress
}
