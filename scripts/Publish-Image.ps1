#!/usr/bin/env pwsh
<#
.SYNOPSIS
Builds the runner image, tags it with the git revision and pushes it to the repository provision.ps1 made.
.EXAMPLE
./scripts/Publish-Image.ps1 -Prefix fetchrun
#>
[CmdletBinding(SupportsShouldProcess)]
param([string] $Prefix = 'fetchrun', [string] $StatePath, [string] $Revision)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'FetchRun/FetchRun.psd1') -Force
$state = Read-FetchRunState -Path $StatePath -Prefix $Prefix
Set-FetchRunAwsDefault -Region $state.region
$repositoryUri = "$($state.accountId).dkr.ecr.$($state.region).amazonaws.com/$($state.repository)"
$publish = @{ RepositoryUri = $repositoryUri; Context = (Split-Path -Parent $PSScriptRoot) }
if ($Revision) { $publish.Revision = $Revision }
$image = Publish-FetchRunImage @publish -WhatIf:$WhatIfPreference
"Pushed $image; deploy it with: ./provision.ps1 -Prefix $Prefix -Image $image"
