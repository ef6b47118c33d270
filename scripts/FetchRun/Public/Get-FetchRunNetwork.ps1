function Get-FetchRunNetwork {
    <#
    .SYNOPSIS
    Chooses subnets and security groups for the compute environments.
    .DESCRIPTION
    Given subnets are used as they are; otherwise the default VPC's default subnets (one per zone).
    Without security groups, the VPC's default security group.
    .PARAMETER SubnetId
    Subnets, ideally across several availability zones.
    .PARAMETER SecurityGroupId
    Security groups for the instances.
    .EXAMPLE
    Get-FetchRunNetwork
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param([string[]] $SubnetId = @(), [string[]] $SecurityGroupId = @())
    $vpcId = $null
    if (-not $SubnetId) {
        $vpcs = Invoke-FetchRunAws -Service ec2 -Operation describe-vpcs -InputObject @{ Filters = @(@{ Name = 'isDefault'; Values = @('true') }) } -ReadOnly
        $vpcId = @($vpcs.Vpcs.VpcId)[0]
        if (-not $vpcId) { throw 'No subnets given and the region has no default VPC: pass -SubnetId.' }
        $subnets = Invoke-FetchRunAws -Service ec2 -Operation describe-subnets -InputObject @{ Filters = @(@{ Name = 'vpc-id'; Values = @($vpcId) }, @{ Name = 'default-for-az'; Values = @('true') }) } -ReadOnly
        # Property access, not ForEach-Object SubnetId: that form honours -WhatIf and returns nothing under it.
        $SubnetId = @(@($subnets.Subnets | Sort-Object AvailabilityZone).SubnetId)
    }
    if (-not $SecurityGroupId) {
        if (-not $vpcId) {
            $subnets = Invoke-FetchRunAws -Service ec2 -Operation describe-subnets -InputObject @{ SubnetIds = @($SubnetId) } -ReadOnly
            $vpcId = @($subnets.Subnets.VpcId)[0]
        }
        $groups = Invoke-FetchRunAws -Service ec2 -Operation describe-security-groups -InputObject @{ Filters = @(@{ Name = 'vpc-id'; Values = @($vpcId) }, @{ Name = 'group-name'; Values = @('default') }) } -ReadOnly
        $SecurityGroupId = @($groups.SecurityGroups.GroupId)
    }
    [pscustomobject]@{ SubnetId = @($SubnetId); SecurityGroupId = @($SecurityGroupId) }
}
