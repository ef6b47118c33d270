function Format-FetchRunResult {
    <#
    .SYNOPSIS
    One line per provisioning step: what, which, and what changed (or that nothing did).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] $Result)
    $what = if ($Result.Changed) { $Result.Changes -join ', ' } else { 'unchanged' }
    '{0,-20} {1,-40} {2}' -f $Result.Resource, $Result.Name, $what
}
