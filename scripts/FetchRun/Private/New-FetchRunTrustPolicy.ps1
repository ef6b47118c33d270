function New-FetchRunTrustPolicy {
    <#
    .SYNOPSIS
    An assume-role policy that lets one AWS service principal use the role, optionally only on behalf of one account.
    .DESCRIPTION
    With -SourceAccount the service may assume the role only while acting for that account
    (aws:SourceAccount), which keeps another account from making the service act as a confused deputy.
    IAM User Guide, cross-service confused deputy prevention:
    https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
    ECS task roles (trusted by ecs-tasks.amazonaws.com) and these condition keys:
    https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory)][ValidatePattern('\.amazonaws\.com$')][string] $ServicePrincipal,
        [ValidatePattern('^\d{12}$')][string] $SourceAccount
    )
    $statement = [ordered]@{ Effect = 'Allow'; Principal = @{ Service = $ServicePrincipal }; Action = 'sts:AssumeRole' }
    if ($SourceAccount) { $statement.Condition = @{ StringEquals = @{ 'aws:SourceAccount' = $SourceAccount } } }
    [ordered]@{
        Version   = '2012-10-17'
        Statement = @($statement)
    }
}
