<#
.SYNOPSIS
Runs every *.Tests.ps1 under scripts/ with Pester 6 and prints "Pester: N passed, N failed".
#>
param([string[]] $Path = @((Split-Path -Parent $PSScriptRoot)))
$ErrorActionPreference = 'Stop'
$pester = Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages/pester/6.2.0/tools/Pester.psd1'
if ($env:NUGET_PACKAGES) { $pester = Join-Path $env:NUGET_PACKAGES 'pester/6.2.0/tools/Pester.psd1' }
Import-Module $pester -Force
$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Normal'
$result = Invoke-Pester -Configuration $configuration
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
"Pester: $($result.PassedCount) passed, $failed failed"
exit ([int]($failed -gt 0))
