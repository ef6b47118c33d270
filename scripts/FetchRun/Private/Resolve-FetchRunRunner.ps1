function Resolve-FetchRunRunner {
    <#
    .SYNOPSIS
    The fetchrun executable the upload step runs: -RunnerPath, else FETCHRUN_RUNNER, else 'fetchrun' on PATH; an error when missing.
    .DESCRIPTION
    It must be the runner version the image ships (same commit or tag): the compile cache key includes the
    runner version, so entries another version writes are never hits for the jobs.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([string] $RunnerPath)
    $name = (Resolve-FetchRunAwsSetting -RunnerPath $RunnerPath).RunnerPath
    $found = @(Get-Command -Name $name -CommandType Application -ErrorAction SilentlyContinue)[0]
    if (-not $found) {
        throw "The runner '$name' was not found. Install the runner version the image ships (README.md, 'Check and run a script on your machine'), or name it with -RunnerPath or FETCHRUN_RUNNER."
    }
    $found.Source
}
