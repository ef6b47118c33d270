function Get-FetchRunScriptClosure {
    <#
    .SYNOPSIS
    The local files a .csx script's closure needs beside it: every #load and file #r, recursively through the loaded scripts.
    .DESCRIPTION
    Reads the directives as the runner does (runner/FetchRun.Runner/Fetching/ScriptDirectives.cs): only before the
    first line of code, skipping blank lines, // and /* */ comments and a #! line; #r "nuget: ..." and runner
    library names (#r "FetchRun.Reviews": no folder, no .dll/.exe) are not files and are skipped. A path resolves
    against the file that names it, as the runner resolves it against that file's URI.
    The runner refuses an absolute path or URI that leaves the script's bucket (LoadScope.cs); this refuses every
    absolute path or URI, a '\' separator, a '?', '#' or '%' (URI syntax to the runner), and a path reaching outside the main script's folder (its key would leave
    the main key's folder, e.g. scripts/, which is all the job role may read). Every refusal names file(line), and
    comes before anything is uploaded. Returns one object per file (Path, RelativePath with '/' separators,
    Keyword 'load' or 'r'), breadth first from the main script; each file once.
    .PARAMETER Path
    The main script.
    .EXAMPLE
    Get-FetchRunScriptClosure -Path jobs/review-sentiment.csx
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param([Parameter(Mandatory)][string] $Path)
    # The runner's own limit on one closure (ScriptFetcher.MaxFiles), the main script included.
    $maxFiles = 100
    $main = (Get-Item -LiteralPath $Path).FullName
    $folder = [System.IO.Path]::GetDirectoryName($main)
    $seen = [System.Collections.Generic.HashSet[string]]::new([string[]]@($main), [System.StringComparer]::Ordinal)
    $pending = [System.Collections.Generic.Queue[string]]::new()
    $pending.Enqueue($main)
    while ($pending.Count -gt 0) {
        $including = $pending.Dequeue()
        foreach ($directive in Get-FetchRunScriptDirective -Text ([System.IO.File]::ReadAllText($including))) {
            if ($directive.Keyword -eq 'r' -and ($directive.Value -match '^nuget:' -or $directive.Value -notmatch '[/\\]|\.(dll|exe)$')) { continue }
            $written = "#$($directive.Keyword) `"$($directive.Value)`""
            $where = "$including($($directive.Line)): $written"
            if ($directive.Value.Contains('://') -or [System.IO.Path]::IsPathRooted($directive.Value)) {
                throw "$where is refused: it is an absolute path or a URI; name the file relative to the script that loads it, so it is uploaded beside the script."
            }
            if ($directive.Value.Contains('\')) { throw "$where is refused: it contains '\'; separate folders with '/'." }
            # The runner resolves an S3 script's paths as URI references (ObjectUri.Resolve): '?' and '#' end the path, '%' escapes.
            if ($directive.Value -match '[?#%]') { throw "$where is refused: it contains '$($Matches[0])', which the runner reads as URI syntax, not as part of the file name." }
            $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($including), $directive.Value))
            if (-not $full.StartsWith($folder + [System.IO.Path]::DirectorySeparatorChar, [System.StringComparison]::Ordinal)) {
                throw "$where is refused: it names $full, outside $folder, the folder of the main script; only files under it are uploaded beside the script."
            }
            if (-not (Test-Path -LiteralPath $full -PathType Leaf)) { throw "$where names $full, which does not exist." }
            if (-not $seen.Add($full)) { continue }
            if ($seen.Count -gt $maxFiles) { throw "$main loads more than $maxFiles files; the runner refuses to fetch more." }
            if ($directive.Keyword -eq 'load') { $pending.Enqueue($full) }
            [pscustomobject]@{ Path = $full; RelativePath = [System.IO.Path]::GetRelativePath($folder, $full).Replace('\', '/'); Keyword = $directive.Keyword }
        }
    }
}
