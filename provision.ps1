#!/usr/bin/env pwsh
<#
.SYNOPSIS
Creates or updates FetchRun's AWS resources; -WhatIf plans only; -Remove tears them down.
.DESCRIPTION
A thin entry point over the FetchRun module (scripts/FetchRun). Every AWS call goes through the AWS CLI v2
named by FETCHRUN_AWS_CLI (default 'aws'); AWS_ENDPOINT_URL, when set, is passed as --endpoint-url.
Extra options (-BidPercentage, -OnDemandMaxvCpus, -InstanceType, ...) are those of Install-FetchRun;
see docs/operations.md.
.PARAMETER Prefix
Prefix of every resource name.
.PARAMETER Region
AWS region; default AWS_REGION.
.PARAMETER ProfileName
AWS CLI profile; default AWS_PROFILE.
.PARAMETER Remove
Tear everything down instead (asks first unless -Force).
.PARAMETER IncludeData
With -Remove: also delete the bucket and every object version in it.
.PARAMETER Force
With -Remove: do not ask.
.PARAMETER Options
Further Install-FetchRun parameters, e.g. -BidPercentage 60.
.EXAMPLE
./provision.ps1 -Prefix fetchrun -Region eu-west-1 -BidPercentage 60
.EXAMPLE
pwsh -File provision.ps1 -Prefix fetchrun -InstanceType c6i.large,m6i.large -WhatIf    # from bash: lists are comma-separated
.EXAMPLE
./provision.ps1 -Prefix fetchrun -Remove -Force
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param(
    [Parameter(Mandatory)][string] $Prefix,
    [string] $Region,
    [string] $ProfileName,
    [switch] $Remove,
    [switch] $IncludeData,
    [switch] $Force,
    [Parameter(ValueFromRemainingArguments)] $Options
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'scripts/FetchRun/FetchRun.psd1') -Force
Set-FetchRunAwsDefault -Region $Region -ProfileName $ProfileName

$extra = ConvertTo-FetchRunSplat -Arguments $Options
if ($Remove) {
    $accepted = (Get-Command Remove-FetchRun).Parameters.Keys
    $removeOptions = @{}
    foreach ($key in $extra.Keys) {
        if ($key -notin $accepted -or $key -eq 'StatePath') { throw "-Remove does not take -$key." }
        $removeOptions[$key] = $extra[$key]
    }
    Remove-FetchRun -Prefix $Prefix -IncludeData:$IncludeData -Force:$Force @removeOptions -WhatIf:$WhatIfPreference
    return
}
Install-FetchRun -Prefix $Prefix @extra -WhatIf:$WhatIfPreference
