function Get-FetchRunGitRevision {
    <#
    .SYNOPSIS
    The short git revision of a working tree, with '-dirty' when it has uncommitted changes.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $Path = '.')
    $revision = git -C $Path rev-parse --short=12 HEAD
    if ($LASTEXITCODE -ne 0 -or -not $revision) { throw "Not a git working tree: $Path (pass -Revision)." }
    $status = git -C $Path status --porcelain
    if ($status) { "$revision-dirty" } else { "$revision" }
}
