# The launch template: IMDSv2-only metadata options, and a name that changes whenever its content does
# (a compute environment never picks up an edited template, so a change must roll out blue/green).
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
    function script:New-Template([hashtable] $Extra = @{}) {
        Register-FakeAws -Responses @{ 'ec2 create-launch-template' = @{ LaunchTemplate = @{ LaunchTemplateId = 'lt-1' } } }
        $result = Set-FetchRunLaunchTemplate -Prefix fr @Extra
        [pscustomobject]@{ Result = $result; Data = (Get-FakeAwsCall 'ec2 create-launch-template')[0].Request.LaunchTemplateData }
    }
}

Describe 'Set-FetchRunLaunchTemplate' {
    It 'Created_Always_RequiresImdsV2WithHopLimitTwo' {
        $options = (New-Template).Data.MetadataOptions
        $options.HttpTokens | Should -Be 'required'
        $options.HttpPutResponseHopLimit | Should -Be 2 -Because "a bridged container is one hop further than the host"
        $options.HttpEndpoint | Should -Be 'enabled'
    }

    It 'Name_Created_IsTheHashOfEverythingSent' {
        $made = New-Template
        $hash = InModuleScope FetchRun -Parameters @{ Data = $made.Data } { param($Data) Get-FetchRunShortHash -Text (ConvertTo-FetchRunCanonicalJson $Data) }
        $made.Result.Name | Should -Be "fr-spot-drain-$hash"
        (Get-FakeAwsCall 'ec2 create-launch-template')[0].Request.LaunchTemplateName | Should -Be $made.Result.Name
    }

    It 'Name_MetadataOptionsDiffer_Differs' {
        $made = New-Template
        $other = $made.Data.Clone()
        $other.MetadataOptions = @{ HttpEndpoint = 'enabled'; HttpTokens = 'optional'; HttpPutResponseHopLimit = 1 }
        $hashes = InModuleScope FetchRun -Parameters @{ A = $made.Data; B = $other } { param($A, $B) @($A, $B) | ForEach-Object { Get-FetchRunShortHash -Text (ConvertTo-FetchRunCanonicalJson $_) } }
        $hashes[0] | Should -Not -Be $hashes[1]
    }

    It 'Name_StopTimeoutChanged_Differs' {
        (New-Template @{ ContainerStopTimeoutSeconds = 30 }).Result.Name | Should -Not -Be (New-Template @{ ContainerStopTimeoutSeconds = 60 }).Result.Name
    }

    It 'Existing_SameName_CreatesNothing' {
        $name = (New-Template).Result.Name
        Register-FakeAws -Responses @{ 'ec2 describe-launch-templates' = @{ LaunchTemplates = @(@{ LaunchTemplateName = $name; LaunchTemplateId = 'lt-1' }) } }
        $result = Set-FetchRunLaunchTemplate -Prefix fr
        $result.Changed | Should -BeFalse
        $result.Name | Should -Be $name
        Get-FakeAwsCall 'ec2 create-launch-template' | Should -BeNullOrEmpty
    }
}
