function Invoke-FetchRunAws {
    <#
    .SYNOPSIS
    Runs one AWS CLI v2 call and returns its parsed JSON output.
    .DESCRIPTION
    The only place FetchRun's PowerShell talks to AWS. Input goes to the CLI as a temporary JSON file
    (--cli-input-json file://...), never inline; output is parsed with ConvertFrom-Json. A non-zero exit
    becomes a terminating error that names the call and carries AWS's message, unless the message
    matches -IgnoreError, in which case $null is returned.
    Calls that change AWS (everything but -ReadOnly) go through ShouldProcess, so -WhatIf prints the
    call and its input and skips it.
    The CLI path, profile, region and endpoint come from the parameters, else Set-FetchRunAwsDefault,
    else FETCHRUN_AWS_CLI, AWS_PROFILE, AWS_REGION/AWS_DEFAULT_REGION and AWS_ENDPOINT_URL.
    .PARAMETER Service
    The CLI service name, e.g. batch.
    .PARAMETER Operation
    The CLI operation, e.g. describe-job-queues.
    .PARAMETER InputObject
    The request, serialised to JSON and passed with --cli-input-json.
    .PARAMETER ArgumentList
    Extra CLI arguments that are not part of the request (e.g. --body for s3api put-object).
    .PARAMETER ReadOnly
    The call changes nothing: run it even under -WhatIf.
    .PARAMETER IgnoreError
    A regular expression; a failure whose message matches it returns $null instead of throwing.
    .EXAMPLE
    Invoke-FetchRunAws -Service batch -Operation describe-job-queues -InputObject @{ jobQueues = @('q') } -ReadOnly
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[a-z0-9-]+$')][string] $Service,
        [Parameter(Mandatory)][ValidatePattern('^[a-z0-9-]+$')][string] $Operation,
        [System.Collections.IDictionary] $InputObject,
        [string[]] $ArgumentList = @(),
        [switch] $ReadOnly,
        [string] $IgnoreError,
        [string] $Region,
        [string] $ProfileName,
        [string] $EndpointUrl,
        [string] $CliPath
    )
    $settings = Resolve-FetchRunAwsSetting -Region $Region -ProfileName $ProfileName -EndpointUrl $EndpointUrl -CliPath $CliPath
    $call = "aws $Service $Operation"
    $json = if ($InputObject) { $InputObject | ConvertTo-Json -Depth 20 } else { $null }
    if (-not $ReadOnly) {
        $description = if ($json) { "$call --cli-input-json $($json -replace '\s+', ' ')" } else { $call }
        if (-not $PSCmdlet.ShouldProcess($description, $call)) { return }
    }

    $arguments = [System.Collections.Generic.List[string]]::new()
    $arguments.AddRange([string[]]@($Service, $Operation, '--output', 'json', '--no-cli-pager'))
    if ($settings.Region) { $arguments.AddRange([string[]]@('--region', $settings.Region)) }
    if ($settings.ProfileName) { $arguments.AddRange([string[]]@('--profile', $settings.ProfileName)) }
    if ($settings.EndpointUrl) { $arguments.AddRange([string[]]@('--endpoint-url', $settings.EndpointUrl)) }
    $inputFile = $null
    try {
        if ($json) {
            $inputFile = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "fetchrun-$([guid]::NewGuid().ToString('n')).json")
            [System.IO.File]::WriteAllText($inputFile, $json, [System.Text.UTF8Encoding]::new($false))
            $arguments.AddRange([string[]]@('--cli-input-json', "file://$inputFile"))
        }
        if ($ArgumentList) { $arguments.AddRange([string[]]$ArgumentList) }
        Write-Verbose "$call"
        # Merged and split by type rather than redirected to a file: a file redirection obeys -WhatIf.
        $merged = & $settings.CliPath @arguments 2>&1
        $exitCode = $LASTEXITCODE
        $output = @($merged | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
        $message = @($merged | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { "$_" }) -join "`n"
    }
    finally {
        if ($inputFile) { [System.IO.File]::Delete($inputFile) }
    }

    if ($exitCode -ne 0) {
        $message = "$message".Trim()
        if ($IgnoreError -and $message -match $IgnoreError) {
            Write-Verbose "$call ignored: $message"
            return
        }
        $exception = [System.InvalidOperationException]::new("$call failed (exit $exitCode): $message")
        $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new(
            $exception, 'FetchRunAwsCallFailed', [System.Management.Automation.ErrorCategory]::InvalidResult, $call))
    }
    $text = ($output -join "`n").Trim()
    if ($text) { $text | ConvertFrom-Json -Depth 50 }
}
