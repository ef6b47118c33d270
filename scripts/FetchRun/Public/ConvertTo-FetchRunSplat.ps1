function ConvertTo-FetchRunSplat {
    <#
    .SYNOPSIS
    Turns remaining script arguments (-Name value, -Switch) into a hashtable to splat onto a command.
    .DESCRIPTION
    Lets provision.ps1 forward any Install-FetchRun option without repeating its parameter list.
    No arguments at all (ValueFromRemainingArguments then binds $null) give an empty hashtable.
    A name followed by another name (or nothing) is a switch. A repeated name, or a string value with
    commas (what bash passes for -InstanceType c6i.large,m6i.large), becomes an array.
    .PARAMETER Arguments
    The arguments, as collected by ValueFromRemainingArguments.
    .EXAMPLE
    ConvertTo-FetchRunSplat -Arguments @('-BidPercentage', 60, '-ImmutableTags')
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param([AllowNull()][AllowEmptyCollection()][object[]] $Arguments)
    $splat = @{}
    if ($null -eq $Arguments) { return $splat }
    $items = @($Arguments)
    for ($i = 0; $i -lt $items.Count; $i++) {
        $item = $items[$i]
        if ($item -isnot [string] -or $item -notmatch '^-([A-Za-z][A-Za-z0-9]*):?$') { throw "Unexpected argument '$item': options are -Name value." }
        $name = $Matches[1]
        $next = if ($i + 1 -lt $items.Count) { $items[$i + 1] } else { $null }
        if ($null -eq $next -or ($next -is [string] -and $next -match '^-[A-Za-z]')) { $splat[$name] = $true; continue }
        $i++
        $value = if ($next -is [string] -and $next.Contains(',')) { [string[]]($next -split ',' | ForEach-Object Trim) } else { $next }
        $splat[$name] = if ($splat.ContainsKey($name)) { @($splat[$name]) + @($value) } else { $value }
    }
    $splat
}
