function Get-FetchRunImagePublishCommand {
    <#
    .SYNOPSIS
    Composes the commands that publish the runner image: docker build, ECR login, docker push.
    .DESCRIPTION
    The ECR password goes from the AWS CLI to docker login on standard input, never on a command line.
    .PARAMETER RepositoryUri
    The ECR repository URI.
    .PARAMETER Revision
    The image tag (the git revision).
    .PARAMETER Context
    The docker build context. Default '.'.
    .PARAMETER Platform
    The docker platform. Default linux/amd64.
    .EXAMPLE
    Get-FetchRunImagePublishCommand -RepositoryUri 1.dkr.ecr.eu-west-1.amazonaws.com/fetchrun-runner -Revision 1a2b3c4
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject[]])]
    param(
        [Parameter(Mandatory)][string] $RepositoryUri,
        [Parameter(Mandatory)][ValidatePattern('^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$')][string] $Revision,
        [string] $Context = '.',
        [string] $Platform = 'linux/amd64'
    )
    $registry = ($RepositoryUri -split '/')[0]
    $region = ($registry -split '\.')[3]
    $settings = Resolve-FetchRunAwsSetting -Region $region
    $image = "${RepositoryUri}:$Revision"
    $login = [System.Collections.Generic.List[string]]::new([string[]]@('ecr', 'get-login-password', '--region', $settings.Region))
    if ($settings.ProfileName) { $login.AddRange([string[]]@('--profile', $settings.ProfileName)) }
    $make = {
        param([string] $FilePath, [string[]] $ArgumentList, $InputFrom)
        [pscustomobject]@{ FilePath = $FilePath; ArgumentList = $ArgumentList; InputFrom = $InputFrom
            Display = (@($FilePath) + $ArgumentList) -join ' ' }
    }
    $loginCommand = & $make $settings.CliPath $login.ToArray() $null
    @(
        & $make 'docker' @('build', '--platform', $Platform, '--label', "org.opencontainers.image.revision=$Revision", '--tag', $image, $Context) $null
        & $make 'docker' @('login', '--username', 'AWS', '--password-stdin', $registry) $loginCommand
        & $make 'docker' @('push', $image) $null
    )
}
