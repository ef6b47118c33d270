function Read-FetchRunState {
    <#
    .SYNOPSIS
    Reads the state file Install-FetchRun wrote (bucket, queue, job definition, ...).
    .DESCRIPTION
    The scripts under scripts/ read names and ARNs from this file rather than asking AWS again.
    .PARAMETER Path
    The state file. Default ./fetchrun-<prefix>.json, or FETCHRUN_STATE when set.
    .PARAMETER Prefix
    Used to find the default file.
    .EXAMPLE
    (Read-FetchRunState -Prefix fetchrun).jobQueue
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param([string] $Path, [string] $Prefix = 'fetchrun')
    if (-not $Path) { $Path = if ($env:FETCHRUN_STATE) { $env:FETCHRUN_STATE } else { Join-Path (Get-Location) "fetchrun-$Prefix.json" } }
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) { throw "No FetchRun state file at ${Path}: run provision.ps1 first, or pass -StatePath." }
    Get-Content -Raw -LiteralPath $Path | ConvertFrom-Json -Depth 20
}
