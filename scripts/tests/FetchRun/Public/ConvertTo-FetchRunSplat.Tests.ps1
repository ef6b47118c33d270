BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
}

Describe 'ConvertTo-FetchRunSplat' {
    It 'NamesValuesAndSwitches_Given_BecomeASplat' {
        $splat = ConvertTo-FetchRunSplat -Arguments @('-BidPercentage', 60, '-ImmutableTags', '-InstanceType', @('c6i.large', 'm6i.large'), '-WaitIntervalSeconds:', 0.2)
        $splat.BidPercentage | Should -Be 60
        $splat.ImmutableTags | Should -BeTrue
        $splat.InstanceType | Should -Be @('c6i.large', 'm6i.large')
        $splat.WaitIntervalSeconds | Should -Be 0.2
    }

    It 'StrayValue_Given_Throws' {
        { ConvertTo-FetchRunSplat -Arguments @('oops') } | Should -Throw "*Unexpected argument 'oops'*"
    }
}
