function Get-FetchRunScriptDirective {
    <#
    .SYNOPSIS
    The #load "path" and #r "reference" directives of a script's text, as the runner finds them.
    .DESCRIPTION
    The same scan as runner/FetchRun.Runner/Fetching/ScriptDirectives.cs: C# allows these directives only before
    the first token, so it stops at the first line that is not blank, a // or /* */ comment, a #! line or a
    directive. Returns Keyword ('load' or 'r'), Value (as written) and Line (1-based).
    .PARAMETER Text
    The script's text.
    .EXAMPLE
    Get-FetchRunScriptDirective -Text (Get-Content -Raw jobs/review-sentiment.csx)
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param([Parameter(Mandatory)][AllowEmptyString()][string] $Text)
    $inBlockComment = $false
    $number = 0
    # The line breaks of .NET's string.EnumerateLines, which the runner uses.
    foreach ($rawLine in [regex]::Split($Text, "\r\n|[\r\n\f\u0085\u2028\u2029]")) {
        $number++
        $line = $rawLine.Trim()
        if ($inBlockComment) {
            $inBlockComment = -not $line.Contains('*/')
            continue
        }
        if ($line.Length -eq 0 -or $line.StartsWith('//') -or $line.StartsWith('#!')) { continue }
        if ($line.StartsWith('/*')) {
            $inBlockComment = -not $line.Contains('*/')
            continue
        }
        if ($line -cnotmatch '^#(load|r)\s+"([^"]+)"') { break }
        [pscustomobject]@{ Keyword = $Matches[1]; Value = $Matches[2]; Line = $number }
    }
}
