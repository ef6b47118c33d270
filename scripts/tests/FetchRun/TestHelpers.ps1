# Shared by the unit tests: imports the module and fakes the AWS CLI wrapper, recording every call.
$script:ModulePath = Join-Path $PSScriptRoot '../../FetchRun/FetchRun.psd1'

function Register-FakeAws {
    <#
    .SYNOPSIS
    Mocks Invoke-FetchRunAws: answers from $Responses ("service operation" -> value or scriptblock taking the request) and records calls.
    #>
    param([hashtable] $Responses = @{})
    $global:FakeAwsCalls = [System.Collections.Generic.List[object]]::new()
    $global:FakeAwsResponses = $Responses
    Mock -ModuleName FetchRun Invoke-FetchRunAws {
        $request = if ($InputObject) { $InputObject | ConvertTo-Json -Depth 20 | ConvertFrom-Json -Depth 20 -AsHashtable } else { @{} }
        $call = [pscustomobject]@{ Call = "$Service $Operation"; Request = $request; ReadOnly = [bool]$ReadOnly; Arguments = $ArgumentList }
        $global:FakeAwsCalls.Add($call)
        $answer = $global:FakeAwsResponses["$Service $Operation"]
        if ($answer -is [scriptblock]) { $answer = & $answer $request }
        if ($null -ne $answer) { $answer | ConvertTo-Json -Depth 20 | ConvertFrom-Json -Depth 20 }
    }
}

function Get-FakeAwsCall {
    <# .SYNOPSIS The recorded calls, optionally only one "service operation". #>
    param([string] $Call)
    @($global:FakeAwsCalls | Where-Object { -not $Call -or $_.Call -eq $Call })
}

function Get-EmptyAccountResponse {
    <# .SYNOPSIS Answers for an account where nothing of FetchRun exists yet. #>
    @{
        'sts get-caller-identity'            = @{ Account = '123456789012'; Arn = 'arn:aws:iam::123456789012:user/ops' }
        'iam create-role'                    = { param($r) @{ Role = @{ RoleName = $r.RoleName; Arn = "arn:aws:iam::123456789012:role/$($r.RoleName)" } } }
        'iam create-instance-profile'        = { param($r) @{ InstanceProfile = @{ Arn = "arn:aws:iam::123456789012:instance-profile/$($r.InstanceProfileName)"; Roles = @() } } }
        'iam create-service-linked-role'     = @{ Role = @{ Arn = 'arn:aws:iam::123456789012:role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch' } }
        'ecr create-repository'              = { param($r) @{ repository = @{ repositoryArn = "arn:aws:ecr:us-east-1:123456789012:repository/$($r.repositoryName)" } } }
        'ec2 create-launch-template'         = @{ LaunchTemplate = @{ LaunchTemplateId = 'lt-1' } }
        'ec2 describe-vpcs'                  = @{ Vpcs = @(@{ VpcId = 'vpc-1' }) }
        'ec2 describe-subnets'               = @{ Subnets = @(@{ SubnetId = 'subnet-b'; AvailabilityZone = 'us-east-1b' }, @{ SubnetId = 'subnet-a'; AvailabilityZone = 'us-east-1a' }) }
        'ec2 describe-security-groups'       = @{ SecurityGroups = @(@{ GroupId = 'sg-1' }) }
        'batch create-compute-environment'   = { param($r) $global:FakeCreated[$r.computeEnvironmentName] = $true; @{ computeEnvironmentArn = "arn:aws:batch:us-east-1:123456789012:compute-environment/$($r.computeEnvironmentName)" } }
        'batch describe-compute-environments' = { param($r) @{ computeEnvironments = @($r.computeEnvironments | Where-Object { $global:FakeCreated[$_] } | ForEach-Object { @{ computeEnvironmentName = $_; status = 'VALID'; state = 'ENABLED' } }) } }
        'batch create-job-queue'             = { param($r) $global:FakeCreated[$r.jobQueueName] = $true; @{ jobQueueArn = "arn:aws:batch:us-east-1:123456789012:job-queue/$($r.jobQueueName)" } }
        'batch describe-job-queues'          = { param($r) @{ jobQueues = @($r.jobQueues | Where-Object { $global:FakeCreated[$_] } | ForEach-Object { @{ jobQueueName = $_; status = 'VALID'; state = 'ENABLED' } }) } }
        'batch describe-job-definitions'     = @{ jobDefinitions = @() }
        'batch register-job-definition'      = { param($r) @{ jobDefinitionArn = "arn:aws:batch:us-east-1:123456789012:job-definition/$($r.jobDefinitionName):1"; revision = 1 } }
        's3api get-bucket-versioning'        = @{}
    }
}
