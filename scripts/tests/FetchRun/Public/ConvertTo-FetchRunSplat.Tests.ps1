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

    It 'Null_NoExtraOptions_IsAnEmptySplat' {
        # What ValueFromRemainingArguments binds when provision.ps1 gets only its own parameters.
        $splat = ConvertTo-FetchRunSplat -Arguments $null
        $splat | Should -BeOfType [hashtable]
        $splat.Count | Should -Be 0
    }

    It 'CommaSeparatedString_FromBash_BecomesAnArray' {
        (ConvertTo-FetchRunSplat -Arguments @('-InstanceType', 'c6i.large,m6i.large')).InstanceType | Should -Be @('c6i.large', 'm6i.large')
    }

    It 'RepeatedName_Given_CollectsEveryValue' {
        (ConvertTo-FetchRunSplat -Arguments @('-SubnetId', 'subnet-a', '-SubnetId', 'subnet-b')).SubnetId | Should -Be @('subnet-a', 'subnet-b')
    }

    It 'StrayValue_Given_Throws' {
        { ConvertTo-FetchRunSplat -Arguments @('oops') } | Should -Throw "*Unexpected argument 'oops'*"
    }
}
