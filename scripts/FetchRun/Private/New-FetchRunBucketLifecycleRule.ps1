function New-FetchRunBucketLifecycleRule {
    <#
    .SYNOPSIS
    The bucket's lifecycle rules FetchRun owns: noncurrent versions under cache/ and scripts/ expire after N days.
    .DESCRIPTION
    Versioning keeps every overwritten upload; these rules bound that history. Current versions are kept,
    and inputs/ is left to the operator. Each rule has a fixed ID, so re-provisioning finds and compares it.
    #>
    [CmdletBinding()]
    [OutputType([System.Collections.Specialized.OrderedDictionary[]])]
    param([Parameter(Mandatory)][ValidateRange(1, 36500)][int] $NoncurrentVersionExpirationDays)
    foreach ($prefix in 'cache', 'scripts') {
        [ordered]@{
            ID                          = "fetchrun-$prefix-noncurrent"
            Filter                      = [ordered]@{ Prefix = "$prefix/" }
            Status                      = 'Enabled'
            NoncurrentVersionExpiration = [ordered]@{ NoncurrentDays = $NoncurrentVersionExpirationDays }
        }
    }
}
