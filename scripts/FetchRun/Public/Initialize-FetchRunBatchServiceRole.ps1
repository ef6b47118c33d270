function Initialize-FetchRunBatchServiceRole {
    <#
    .SYNOPSIS
    Ensures AWS Batch's service-linked role exists and returns its ARN, as IAM reports it.
    .DESCRIPTION
    Creating it when it exists fails with 'already exists', which is ignored; the ARN is then read
    from IAM, since its exact name differs in case between AWS and emulators.
    .EXAMPLE
    $serviceRoleArn = Initialize-FetchRunBatchServiceRole
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([string])]
    param()
    $created = Invoke-FetchRunAws -Service iam -Operation create-service-linked-role -InputObject @{ AWSServiceName = 'batch.amazonaws.com' } -IgnoreError 'already exists|EntityAlreadyExists|has been taken'
    if ($created.Role.Arn) { return $created.Role.Arn }
    $roles = Invoke-FetchRunAws -Service iam -Operation list-roles -InputObject @{ PathPrefix = '/aws-service-role/batch.amazonaws.com/' } -ReadOnly
    $arn = @($roles.Roles.Arn)[0]
    if (-not $arn -and $WhatIfPreference) { return 'arn:aws:iam::(account):role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch' }
    $arn
}
