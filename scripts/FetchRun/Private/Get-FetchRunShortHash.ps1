function Get-FetchRunShortHash {
    <#
    .SYNOPSIS
    The first eight hex digits of the SHA-256 of a text: a name suffix that changes when the content does.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string] $Text)
    $bytes = [System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($Text))
    [System.Convert]::ToHexString($bytes).Substring(0, 8).ToLowerInvariant()
}
