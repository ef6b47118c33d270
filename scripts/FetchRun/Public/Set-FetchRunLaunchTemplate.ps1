function Set-FetchRunLaunchTemplate {
    <#
    .SYNOPSIS
    Creates the EC2 launch template: user data that turns on ECS Spot draining, and IMDSv2-only metadata options.
    .DESCRIPTION
    The template's name ends in a hash of everything it holds (user data and metadata options): a compute
    environment does not pick up edits to a template it already uses, so a change yields a new template
    (and, through its name, a new compute environment: see docs/operations.md, blue/green).
    .PARAMETER Prefix
    The resource name prefix.
    .PARAMETER ContainerStopTimeoutSeconds
    How long ECS waits between SIGTERM and SIGKILL (ECS_CONTAINER_STOP_TIMEOUT). Default 30.
    .PARAMETER Tags
    Tags to apply when creating.
    .EXAMPLE
    Set-FetchRunLaunchTemplate -Prefix fetchrun
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)][string] $Prefix,
        [ValidateRange(2, 600)][int] $ContainerStopTimeoutSeconds = 30,
        [hashtable] $Tags = @{}
    )
    $data = New-FetchRunLaunchTemplateData -ContainerStopTimeoutSeconds $ContainerStopTimeoutSeconds
    $name = "$Prefix-spot-drain-$(Get-FetchRunShortHash -Text (ConvertTo-FetchRunCanonicalJson $data))"
    $found = Invoke-FetchRunAws -Service ec2 -Operation describe-launch-templates -InputObject @{ LaunchTemplateNames = @($name) } -ReadOnly -IgnoreError 'NotFound|does not exist'
    $template = @($found.LaunchTemplates)[0]
    if ($template) { return New-FetchRunResult -Resource 'launch template' -Name $name -Arn $template.LaunchTemplateId }
    $request = [ordered]@{
        LaunchTemplateName = $name
        LaunchTemplateData = $data
    }
    if ($Tags.Count) { $request.TagSpecifications = @(@{ ResourceType = 'launch-template'; Tags = ConvertTo-FetchRunTagList -Tags $Tags }) }
    $created = Invoke-FetchRunAws -Service ec2 -Operation create-launch-template -InputObject $request
    New-FetchRunResult -Resource 'launch template' -Name $name -Arn $created.LaunchTemplate.LaunchTemplateId -Changes 'created'
}
