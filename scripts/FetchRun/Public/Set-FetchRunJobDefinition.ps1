function Set-FetchRunJobDefinition {
    <#
    .SYNOPSIS
    Registers the runner's job definition, only when it differs from the latest active revision.
    .DESCRIPTION
    Compares the fields FetchRun sets with the latest ACTIVE revision; an unchanged definition registers
    nothing, so running provisioning twice leaves one revision.
    .PARAMETER Request
    The register-job-definition request (see New-FetchRunJobDefinitionRequest in the module).
    .EXAMPLE
    Set-FetchRunJobDefinition -Request $request
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([pscustomobject])]
    param([Parameter(Mandatory)][System.Collections.IDictionary] $Request)
    $name = $Request.jobDefinitionName
    $found = Invoke-FetchRunAws -Service batch -Operation describe-job-definitions -InputObject @{ jobDefinitionName = $name; status = 'ACTIVE' } -ReadOnly
    $latest = @($found.jobDefinitions | Sort-Object revision -Descending)[0]
    if ($latest -and (Test-FetchRunJobDefinitionCurrent -Request $Request -Registered $latest)) {
        return New-FetchRunResult -Resource 'job definition' -Name "${name}:$($latest.revision)" -Arn $latest.jobDefinitionArn
    }
    $registered = Invoke-FetchRunAws -Service batch -Operation register-job-definition -InputObject $Request
    $change = if ($latest) { "revision $($registered.revision)" } else { 'created' }
    New-FetchRunResult -Resource 'job definition' -Name "${name}:$($registered.revision)" -Arn $registered.jobDefinitionArn -Changes $change
}
