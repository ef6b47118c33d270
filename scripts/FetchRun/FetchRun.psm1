# Loads one function per file; importing the module changes nothing outside it.
$script:AwsDefaults = @{}
# Module functions do not see a calling script's preference: make every failure stop the operation here.
$ErrorActionPreference = 'Stop'

foreach ($folder in 'Private', 'Public') {
    foreach ($file in Get-ChildItem -Path (Join-Path $PSScriptRoot $folder) -Filter '*.ps1' -File) {
        . $file.FullName
    }
}

Export-ModuleMember -Function (Get-ChildItem -Path (Join-Path $PSScriptRoot 'Public') -Filter '*.ps1' -File).BaseName
