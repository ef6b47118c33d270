#!/usr/bin/env pwsh
<#
.SYNOPSIS
Uploads a .csx job script, fills the shared compile cache (fetchrun check), and prints its S3 URI (with version id) and SHA-256 to pin.
.DESCRIPTION
-RunnerPath (default FETCHRUN_RUNNER, else 'fetchrun' on PATH) must be the runner version the image ships.
.EXAMPLE
./scripts/Send-JobScript.ps1 -Path jobs/review-sentiment.csx
#>
[CmdletBinding(SupportsShouldProcess)]
param([Parameter(Mandatory)][string] $Path, [string] $Prefix = 'fetchrun', [string] $StatePath, [string] $Key, [string] $RunnerPath)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'FetchRun/FetchRun.psd1') -Force
$state = Read-FetchRunState -Path $StatePath -Prefix $Prefix
Set-FetchRunAwsDefault -Region $state.region
$send = @{ Path = $Path; Bucket = $state.bucket; CacheUri = $state.cachePrefix }
if ($Key) { $send.Key = $Key }
if ($RunnerPath) { $send.RunnerPath = $RunnerPath }
Send-FetchRunScript @send -WhatIf:$WhatIfPreference
