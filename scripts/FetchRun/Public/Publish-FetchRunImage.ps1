function Publish-FetchRunImage {
    <#
    .SYNOPSIS
    Builds the runner image, tags it with the git revision, logs in to ECR and pushes it.
    .DESCRIPTION
    Runs the commands that Get-FetchRunImagePublishCommand composes; -WhatIf prints them. Returns the
    pushed image URI, which is what provision.ps1 -Image takes.
    .PARAMETER RepositoryUri
    The ECR repository URI, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/fetchrun-runner.
    .PARAMETER Revision
    The tag. Default the current git revision (short), with '-dirty' when the tree has changes.
    .PARAMETER Context
    The docker build context (the repository root). Default the current directory.
    .PARAMETER Platform
    The docker platform. Default linux/amd64.
    .EXAMPLE
    Publish-FetchRunImage -RepositoryUri 123456789012.dkr.ecr.eu-west-1.amazonaws.com/fetchrun-runner
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)][ValidatePattern('^[^/]+\.dkr\.ecr\.[^/]+/[a-z0-9._/-]+$')][string] $RepositoryUri,
        [string] $Revision,
        [string] $Context = '.',
        [string] $Platform = 'linux/amd64'
    )
    if (-not $Revision) { $Revision = Get-FetchRunGitRevision -Path $Context }
    $commands = Get-FetchRunImagePublishCommand -RepositoryUri $RepositoryUri -Revision $Revision -Context $Context -Platform $Platform
    foreach ($command in $commands) {
        if (-not $PSCmdlet.ShouldProcess($command.Display, $command.FilePath)) { continue }
        Invoke-FetchRunCommand -Command $command
    }
    "${RepositoryUri}:$Revision"
}
