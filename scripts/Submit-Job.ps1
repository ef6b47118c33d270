#!/usr/bin/env pwsh
<#
.SYNOPSIS
Submits a FetchRun job to the queue provision.ps1 made; an array job with one child per input shard. Prints the job id.
.EXAMPLE
./scripts/Submit-Job.ps1 -ScriptUri 's3://b/scripts/review-sentiment.csx?versionId=v' -ScriptSha256 $sha -InputUri s3://b/inputs/2026-11/
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string] $ScriptUri,
    [string] $ScriptSha256,
    [string[]] $InputUri = @(),
    [hashtable] $Parameter = @{},
    [string] $JobName = "fetchrun-$([DateTime]::UtcNow.ToString('yyyyMMddHHmmss'))",
    [string] $Timeout,
    [switch] $SharedCache,
    [string] $Prefix = 'fetchrun',
    [string] $StatePath
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'FetchRun/FetchRun.psd1') -Force
$state = Read-FetchRunState -Path $StatePath -Prefix $Prefix
Set-FetchRunAwsDefault -Region $state.region
$submit = @{ JobName = $JobName; JobQueue = $state.jobQueue; JobDefinition = ($state.jobDefinition -replace ':\d+$'); ScriptUri = $ScriptUri; InputUri = $InputUri; Parameter = $Parameter }
if ($ScriptSha256) { $submit.ScriptSha256 = $ScriptSha256 }
if ($Timeout) { $submit.Timeout = $Timeout }
if ($SharedCache) { $submit.CacheUri = $state.cachePrefix }
Submit-FetchRunJob @submit -WhatIf:$WhatIfPreference
