function Invoke-FetchRunRunner {
    <#
    .SYNOPSIS
    Runs the fetchrun runner once and returns its exit code and output lines (stdout and stderr, in order).
    .DESCRIPTION
    The only place the module starts the runner. The runner reads AWS settings from the environment only, so
    the module's region, profile and endpoint (Set-FetchRunAwsDefault, else the environment) are handed to it
    as AWS_REGION, AWS_PROFILE and AWS_ENDPOINT_URL for this one call.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][string] $RunnerPath,
        [Parameter(Mandatory)][string[]] $ArgumentList
    )
    $settings = Resolve-FetchRunAwsSetting
    $handed = @{ AWS_REGION = $settings.Region; AWS_PROFILE = $settings.ProfileName; AWS_ENDPOINT_URL = $settings.EndpointUrl }
    $saved = @{}
    foreach ($name in @($handed.Keys | Where-Object { $handed[$_] })) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $handed[$name])
    }
    try {
        Write-Verbose "$RunnerPath $($ArgumentList -join ' ')"
        $lines = @(& $RunnerPath @ArgumentList 2>&1 | ForEach-Object { "$_" })
        $exitCode = $LASTEXITCODE
    }
    finally {
        foreach ($name in $saved.Keys) {
            # [NullString] so that a variable unset before is unset again (a PowerShell $null arrives as '').
            $value = if ($null -eq $saved[$name]) { [NullString]::Value } else { $saved[$name] }
            [Environment]::SetEnvironmentVariable($name, $value)
        }
    }
    [pscustomobject]@{ ExitCode = $exitCode; Output = $lines }
}
