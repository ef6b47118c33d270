function New-FetchRunLaunchTemplateData {
    <#
    .SYNOPSIS
    The launch template's data: the Spot-draining user data and the instance metadata options.
    .DESCRIPTION
    IMDSv2 only (HttpTokens required), endpoint on, and a PUT response hop limit of 2: a job's container sits
    behind Docker's bridge, one hop more than the host, and with a limit of 1 its token request gets no
    answer, so the runner's Spot watcher would turn itself off. The same two hops let job code read the
    instance role's credentials, which is why that role holds only AmazonEC2ContainerServiceforEC2Role.
    EC2 User Guide, instance metadata options (hop limit 2 in container environments):
    https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param([ValidateRange(2, 600)][int] $ContainerStopTimeoutSeconds = 30)
    [ordered]@{
        UserData        = New-FetchRunUserData -ContainerStopTimeoutSeconds $ContainerStopTimeoutSeconds
        MetadataOptions = [ordered]@{ HttpEndpoint = 'enabled'; HttpTokens = 'required'; HttpPutResponseHopLimit = 2 }
    }
}
