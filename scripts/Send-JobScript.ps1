#!/usr/bin/env pwsh
<#
.SYNOPSIS
Uploads a .csx job script and prints its S3 URI (with version id) and SHA-256 to pin.
.EXAMPLE
./scripts/Send-JobScript.ps1 -Path jobs/review-sentiment.csx
#>
[CmdletBinding(SupportsShouldProcess)]
param([Parameter(Mandatory)][string] $Path, [string] $Prefix = 'fetchrun', [string] $StatePath, [string] $Key)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'FetchRun/FetchRun.psd1') -Force
$state = Read-FetchRunState -Path $StatePath -Prefix $Prefix
Set-FetchRunAwsDefault -Region $state.region
$send = @{ Path = $Path; Bucket = $state.bucket }
if ($Key) { $send.Key = $Key }
Send-FetchRunScript @send -WhatIf:$WhatIfPreference
