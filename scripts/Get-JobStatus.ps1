#!/usr/bin/env pwsh
<#
.SYNOPSIS
Prints a job's status, status reason, exit code and log stream; -IncludeLog adds its last log lines.
.EXAMPLE
./scripts/Get-JobStatus.ps1 -JobId 1b2c3d4e-... -IncludeLog
#>
[CmdletBinding()]
param([Parameter(Mandatory)][string] $JobId, [switch] $IncludeLog, [string] $Region)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'FetchRun/FetchRun.psd1') -Force
Set-FetchRunAwsDefault -Region $Region
Get-FetchRunJob -JobId $JobId -IncludeLog:$IncludeLog
