function Initialize-FetchRunBatchServiceRole {
    <#
    .SYNOPSIS
    Ensures AWS Batch's service-linked role exists and returns its ARN, as IAM reports it.
    .DESCRIPTION
    Looks for it first; creating it when it exists fails with 'already exists', which is ignored. The ARN
    is the one IAM reports, since the role's exact name differs in case between AWS and emulators.
    .EXAMPLE
    $serviceRoleArn = Initialize-FetchRunBatchServiceRole
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([string])]
    param()
    $listing = { @((Invoke-FetchRunAws -Service iam -Operation list-roles -InputObject @{ PathPrefix = '/aws-service-role/batch.amazonaws.com/' } -ReadOnly).Roles.Arn | Where-Object { $_ })[0] }
    $arn = & $listing
    if ($arn) { return $arn }
    $created = Invoke-FetchRunAws -Service iam -Operation create-service-linked-role -InputObject @{ AWSServiceName = 'batch.amazonaws.com' } -IgnoreError 'already exists|EntityAlreadyExists|has been taken'
    if ($created.Role.Arn) { return $created.Role.Arn }
    # Created meanwhile by someone else ('already exists'): read the ARN IAM reports.
    $arn = & $listing
    if (-not $arn -and $WhatIfPreference) { return 'arn:aws:iam::(account):role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch' }
    $arn
}
