function Invoke-FetchRunCommand {
    <#
    .SYNOPSIS
    Runs one composed external command (optionally fed by another's output) and fails when it fails.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Command)
    if ($Command.InputFrom) {
        $inputText = & $Command.InputFrom.FilePath @($Command.InputFrom.ArgumentList)
        if ($LASTEXITCODE -ne 0) { throw "$($Command.InputFrom.FilePath) $($Command.InputFrom.ArgumentList[0..1] -join ' ') failed (exit $LASTEXITCODE)." }
        $inputText | & $Command.FilePath @($Command.ArgumentList)
    }
    else {
        & $Command.FilePath @($Command.ArgumentList)
    }
    if ($LASTEXITCODE -ne 0) { throw "$($Command.Display) failed (exit $LASTEXITCODE)." }
}
