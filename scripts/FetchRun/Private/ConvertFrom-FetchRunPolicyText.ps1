function ConvertFrom-FetchRunPolicyText {
    <#
    .SYNOPSIS
    Reads an IAM policy document as IAM returns it: an object, JSON text, or URL-encoded JSON text.
    #>
    [CmdletBinding()]
    param([AllowNull()] $Document)
    if ($Document -isnot [string]) { return $Document }
    $text = if ($Document -match '^\s*[\[{]') { $Document } else { [uri]::UnescapeDataString($Document) }
    $text | ConvertFrom-Json -Depth 50
}
