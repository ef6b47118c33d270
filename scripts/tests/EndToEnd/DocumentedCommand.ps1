# Reads commands out of the Markdown documents, so the end-to-end tests run what the documents show.

function Get-DocumentedProvisionCommand {
    <#
    .SYNOPSIS
    Every `./provision.ps1 …` command the documents show, in code blocks or inline code, without trailing comments.
    #>
    param([Parameter(Mandatory)][string[]] $Path)
    foreach ($file in $Path) {
        $inBlock = $false
        foreach ($line in Get-Content -LiteralPath $file) {
            if ($line -match '^\s*```') { $inBlock = -not $inBlock; continue }
            if ($inBlock) {
                if ($line -match '^\s*(\./provision\.ps1\b[^#]*)') { $Matches[1].TrimEnd() }
                continue
            }
            foreach ($inline in [regex]::Matches($line, '`(\./provision\.ps1\b[^`]*)`')) { $inline.Groups[1].Value.TrimEnd() }
        }
    }
}

function Get-DocumentedShellBlock {
    <#
    .SYNOPSIS
    The first ```bash block under a Markdown heading, as one string.
    #>
    param([Parameter(Mandatory)][string] $Path, [Parameter(Mandatory)][string] $Heading)
    $text = Get-Content -Raw -LiteralPath $Path
    $section = [regex]::Match($text, '(?ms)^#+ ' + [regex]::Escape($Heading) + '\s*$(.*?)(?=^#+ |\z)')
    if (-not $section.Success) { throw "$Path has no heading '$Heading'." }
    $block = [regex]::Match($section.Groups[1].Value, '(?ms)^```bash\s*$\n(.*?)^```')
    if (-not $block.Success) { throw "$Path has no bash block under '$Heading'." }
    $block.Groups[1].Value
}
