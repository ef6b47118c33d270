BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
    $script:request = InModuleScope FetchRun { New-FetchRunJobDefinitionRequest -Name fr-run -Image 'img:1' -JobRoleArn 'arn:job' -ExecutionRoleArn 'arn:exec' -DatabaseParameterName '/fr/db' -Tags @{ project = 'fetchrun' } }
    # What Batch returns: the request plus defaults it adds.
    $script:registered = $request | ConvertTo-Json -Depth 20 | ConvertFrom-Json -Depth 20
    $registered.containerProperties | Add-Member volumes @() -PassThru | Add-Member mountPoints @()
    $registered | Add-Member revision 3 -PassThru | Add-Member jobDefinitionArn 'arn:aws:batch:us-east-1:1:job-definition/fr-run:3'
}

Describe 'Set-FetchRunJobDefinition' {
    It 'Unchanged_LatestRevisionMatches_RegistersNothing' {
        Register-FakeAws -Responses @{ 'batch describe-job-definitions' = @{ jobDefinitions = @($registered) } }
        $result = Set-FetchRunJobDefinition -Request $request
        $result.Changed | Should -BeFalse
        $result.Name | Should -Be 'fr-run:3'
        Get-FakeAwsCall 'batch register-job-definition' | Should -BeNullOrEmpty
    }

    It 'Changed_ImageDiffers_RegistersNewRevision' {
        Register-FakeAws -Responses @{
            'batch describe-job-definitions'  = @{ jobDefinitions = @($registered) }
            'batch register-job-definition' = @{ revision = 4; jobDefinitionArn = 'arn:aws:batch:us-east-1:1:job-definition/fr-run:4' }
        }
        $changed = $request | ConvertTo-Json -Depth 20 | ConvertFrom-Json -Depth 20 -AsHashtable
        $changed.containerProperties.image = 'img:2'
        $result = Set-FetchRunJobDefinition -Request $changed
        $result.Changes | Should -Be 'revision 4'
        @(Get-FakeAwsCall 'batch register-job-definition').Count | Should -Be 1
    }
}
