function New-FetchRunJobRolePolicy {
    <#
    .SYNOPSIS
    The job role's inline policy: only what a FetchRun job does, no wildcard actions.
    .DESCRIPTION
    Jobs write to the bucket only their run reports, under reports/ (PutObject, nothing else). The shared compile cache under cache/ is read-only to them: it is filled
    by the upload step (Send-FetchRunScript runs fetchrun check --cache s3://...), i.e. by whoever may already
    change scripts/, so no job can plant code that another job loads. Without s3:ListBucket on cache/, a
    missing entry answers 403 rather than 404; the runner takes either as a miss.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary])]
    param(
        [Parameter(Mandatory)][string] $Bucket,
        [Parameter(Mandatory)][string] $Partition,
        [Parameter(Mandatory)][string] $DatabaseParameterArn,
        [string] $KmsKeyArn,
        [string] $ScriptPrefix = 'scripts/',
        [string] $InputPrefix = 'inputs/',
        [string] $CachePrefix = 'cache/',
        [string] $ReportPrefix = 'reports/'
    )
    $bucketArn = "arn:${Partition}:s3:::$Bucket"
    $kmsResource = if ($KmsKeyArn) { $KmsKeyArn } else {
        # The AWS-managed SSM key has an account-specific id: allow the account's keys, but only through SSM.
        ($DatabaseParameterArn -replace ':ssm:', ':kms:' -replace ':parameter/.*$', ':key/*')
    }
    $kms = [ordered]@{ Sid = 'DecryptDatabaseParameter'; Effect = 'Allow'; Action = @('kms:Decrypt'); Resource = @($kmsResource) }
    if (-not $KmsKeyArn) {
        $kms.Condition = @{ StringEquals = @{ 'kms:ViaService' = "ssm.$(($DatabaseParameterArn -split ':')[3]).amazonaws.com" } }
    }
    [ordered]@{
        Version   = '2012-10-17'
        Statement = @(
            [ordered]@{ Sid = 'ReadScriptsAndInputs'; Effect = 'Allow'; Action = @('s3:GetObject', 's3:GetObjectVersion')
                Resource = @("$bucketArn/$ScriptPrefix*", "$bucketArn/$InputPrefix*") }
            [ordered]@{ Sid = 'ListInputs'; Effect = 'Allow'; Action = @('s3:ListBucket'); Resource = @($bucketArn)
                Condition = @{ StringLike = @{ 's3:prefix' = @("$InputPrefix*") } } }
            [ordered]@{ Sid = 'ReadCompileCache'; Effect = 'Allow'; Action = @('s3:GetObject'); Resource = @("$bucketArn/$CachePrefix*") }
            [ordered]@{ Sid = 'WriteReports'; Effect = 'Allow'; Action = @('s3:PutObject'); Resource = @("$bucketArn/$ReportPrefix*") }
            [ordered]@{ Sid = 'Translate'; Effect = 'Allow'; Action = @('translate:TranslateText'); Resource = @('*') }
            [ordered]@{ Sid = 'Comprehend'; Effect = 'Allow'
                Action = @('comprehend:BatchDetectSentiment', 'comprehend:BatchDetectDominantLanguage'); Resource = @('*') }
            [ordered]@{ Sid = 'ReadDatabaseParameter'; Effect = 'Allow'; Action = @('ssm:GetParameter'); Resource = @($DatabaseParameterArn) }
            $kms
        )
    }
}
