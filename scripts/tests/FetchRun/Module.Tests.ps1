BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'FetchRun module' {
    It 'Import_Fresh_ExportsOnlyPublicFunctions' {
        $public = (Get-ChildItem (Join-Path $PSScriptRoot '../../FetchRun/Public') -Filter *.ps1).BaseName | Sort-Object
        (Get-Command -Module FetchRun).Name | Sort-Object | Should -Be $public
    }

    It 'Import_Fresh_DefinesNoGlobalState' {
        $before = (Get-Variable -Scope Global).Name
        Import-Module $ModulePath -Force
        Compare-Object $before (Get-Variable -Scope Global).Name | Should -BeNullOrEmpty
    }

    It 'ExportedCommand_<Name>_HasSynopsisDescriptionAndExample' -ForEach @(
        (Get-ChildItem (Join-Path $PSScriptRoot '../../FetchRun/Public') -Filter *.ps1) | ForEach-Object { @{ Name = $_.BaseName } }
    ) {
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Not -BeLike "$Name*"
        $help.description.Text | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterThan 0
    }

    It 'ExportedCommand_<Name>_UsesApprovedVerb' -ForEach @(
        (Get-ChildItem (Join-Path $PSScriptRoot '../../FetchRun/Public') -Filter *.ps1) | ForEach-Object { @{ Name = $_.BaseName } }
    ) {
        ($Name -split '-')[0] | Should -BeIn (Get-Verb).Verb
    }

    It 'ChangingCommand_<Name>_SupportsShouldProcess' -ForEach @(
        'Set-FetchRunBucket', 'Set-FetchRunRepository', 'Set-FetchRunRole', 'Set-FetchRunInstanceProfile', 'Set-FetchRunLaunchTemplate',
        'Set-FetchRunComputeEnvironment', 'Set-FetchRunJobQueue', 'Set-FetchRunJobDefinition', 'Install-FetchRun', 'Remove-FetchRun',
        'Send-FetchRunScript', 'Submit-FetchRunJob', 'Publish-FetchRunImage', 'Initialize-FetchRunBatchServiceRole', 'Set-FetchRunLogGroup' | ForEach-Object { @{ Name = $_ } }
    ) {
        (Get-Command $Name).Parameters.Keys | Should -Contain 'WhatIf'
    }
}
