function Set-FetchRunAwsDefault {
    <#
    .SYNOPSIS
    Sets the AWS CLI path, profile, region and endpoint that every FetchRun call uses in this session.
    .DESCRIPTION
    Values given here win over the environment (FETCHRUN_AWS_CLI, AWS_PROFILE, AWS_REGION,
    AWS_ENDPOINT_URL); empty values fall back to it. Changes only this module's state, never AWS.
    .PARAMETER Region
    The AWS region, e.g. eu-west-1.
    .PARAMETER ProfileName
    The AWS CLI profile.
    .PARAMETER EndpointUrl
    An endpoint override (a local emulator), passed to the CLI as --endpoint-url.
    .PARAMETER CliPath
    The AWS CLI v2 executable.
    .EXAMPLE
    Set-FetchRunAwsDefault -Region eu-west-1 -ProfileName ops
    #>
    # Changes only this session's module state, never AWS, so it runs under -WhatIf too.
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseShouldProcessForStateChangingFunctions', '')]
    [CmdletBinding()]
    param([string] $Region, [string] $ProfileName, [string] $EndpointUrl, [string] $CliPath)
    $script:AwsDefaults = @{ Region = $Region; ProfileName = $ProfileName; EndpointUrl = $EndpointUrl; CliPath = $CliPath }
}
