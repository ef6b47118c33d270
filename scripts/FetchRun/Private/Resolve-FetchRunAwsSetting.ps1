function Resolve-FetchRunAwsSetting {
    <#
    .SYNOPSIS
    Chooses the AWS CLI path, profile, region and endpoint: parameter, then module default, then environment.
    .DESCRIPTION
    Also the fetchrun runner that the upload step runs (FETCHRUN_RUNNER, default 'fetchrun' on PATH).
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param([string] $Region, [string] $ProfileName, [string] $EndpointUrl, [string] $CliPath, [string] $RunnerPath)
    $pick = {
        param([string] $Explicit, [string] $Key, [string[]] $EnvironmentNames, [string] $Fallback)
        if ($Explicit) { return $Explicit }
        if ($script:AwsDefaults[$Key]) { return $script:AwsDefaults[$Key] }
        foreach ($name in $EnvironmentNames) {
            $value = [System.Environment]::GetEnvironmentVariable($name)
            if ($value) { return $value }
        }
        $Fallback
    }
    @{
        CliPath     = & $pick $CliPath 'CliPath' @('FETCHRUN_AWS_CLI') 'aws'
        RunnerPath  = & $pick $RunnerPath 'RunnerPath' @('FETCHRUN_RUNNER') 'fetchrun'
        ProfileName = & $pick $ProfileName 'ProfileName' @('AWS_PROFILE') $null
        Region      = & $pick $Region 'Region' @('AWS_REGION', 'AWS_DEFAULT_REGION') $null
        EndpointUrl = & $pick $EndpointUrl 'EndpointUrl' @('AWS_ENDPOINT_URL') $null
    }
}
