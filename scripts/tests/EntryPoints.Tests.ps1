# provision.ps1 and the scripts beside the module are run from bash as ./script.ps1 (docs/operations.md):
# that needs the exec bit, a pwsh shebang on the first line, and LF line ends (a CR would be part of the interpreter name).
Describe 'Entry scripts' {
    It '<Name>_RunFromBash_IsExecutableWithAPwshShebang' -ForEach @(
        @(Get-Item (Join-Path $PSScriptRoot '../../provision.ps1')) + @(Get-ChildItem (Join-Path $PSScriptRoot '..') -Filter *.ps1 -File) |
            ForEach-Object { @{ Name = $_.Name; Path = $_.FullName } }
    ) {
        (Get-Item $Path).UnixFileMode.HasFlag([System.IO.UnixFileMode]::UserExecute) | Should -BeTrue -Because "$Name is run as ./$Name"
        $bytes = [System.IO.File]::ReadAllBytes($Path)
        [System.Text.Encoding]::ASCII.GetString($bytes, 0, 19) | Should -Be '#!/usr/bin/env pwsh'
        $bytes[19] | Should -Be 10
        $bytes -contains 13 | Should -BeFalse
    }
}
