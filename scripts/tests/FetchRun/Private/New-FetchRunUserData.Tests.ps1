# The launch template's user data, unpacked the way cloud-init unpacks it on the instance and then run.
# AWS Batch requires MIME multi-part user data in a launch template (it merges its own part):
# https://docs.aws.amazon.com/batch/latest/userguide/launch-templates.html
# cloud-init parses it with Python's email module and runs each text/x-shellscript part by its path:
# https://cloudinit.readthedocs.io/en/latest/explanation/format.html (cloud_init_shell_parts.py follows its code).
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
    $script:unpacker = Join-Path $PSScriptRoot 'cloud_init_shell_parts.py'
    $script:work = Join-Path ([System.IO.Path]::GetTempPath()) "fetchrun-userdata-$([guid]::NewGuid().ToString('n'))"
    New-Item -ItemType Directory -Path $work | Out-Null

    function script:Get-ShellPart([int] $StopTimeout) {
        $userData = InModuleScope FetchRun -Parameters @{ StopTimeout = $StopTimeout } { param($StopTimeout) New-FetchRunUserData -ContainerStopTimeoutSeconds $StopTimeout }
        $out = Join-Path $work "parts-$([guid]::NewGuid().ToString('n'))"
        New-Item -ItemType Directory -Path $out | Out-Null
        $paths = @($userData | python3 $unpacker $out)
        $LASTEXITCODE | Should -Be 0 -Because 'cloud-init must find a multipart message with a shell part'
        , $paths
    }

    # The script writes to /etc/ecs/ecs.config. A private mount namespace binds a temporary directory over /etc
    # for that one process, so the script runs unmodified, by its own path (the kernel reads its '#!' line, as
    # under cloud-init), and the real /etc is untouched. /etc/ecs exists beforehand, as on the ECS-optimised AMI.
    $script:namespaces = $false
    if (Get-Command unshare -ErrorAction SilentlyContinue) {
        & unshare --user --map-root-user --mount -- true 2>$null
        $script:namespaces = $LASTEXITCODE -eq 0
    }
}

AfterAll { if ($work) { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue } }

Describe 'New-FetchRunUserData' {
    It 'Unpacked_LikeCloudInit_HasOneShellPartWithLfLineEnds' {
        $paths = @(Get-ShellPart -StopTimeout 45)
        $paths.Count | Should -Be 1
        $bytes = [System.IO.File]::ReadAllBytes($paths[0])
        [System.Text.Encoding]::ASCII.GetString($bytes, 0, 12) | Should -BeExactly "#!/bin/bash`n"
        $bytes | Should -Not -Contain ([byte]13) -Because 'a CR in the shebang names an interpreter that does not exist'
    }

    It 'ShellPart_RunByItsPath_AppendsExactlyTheEcsConfigLines' {
        if (-not $namespaces) { Set-ItResult -Skipped -Because 'this machine refuses user and mount namespaces (unshare --user --mount)'; return }
        $part = @(Get-ShellPart -StopTimeout 45)[0]
        $root = Join-Path $work 'root'
        New-Item -ItemType Directory -Path (Join-Path $root 'etc/ecs') -Force | Out-Null
        $output = & unshare --user --map-root-user --mount -- bash -c 'mount --bind "$1" /etc && exec "$2"' run-part (Join-Path $root 'etc') $part 2>&1
        $LASTEXITCODE | Should -Be 0 -Because "the part must run: $output"
        [System.IO.File]::ReadAllText((Join-Path $root 'etc/ecs/ecs.config')) |
            Should -BeExactly "ECS_ENABLE_SPOT_INSTANCE_DRAINING=true`nECS_CONTAINER_STOP_TIMEOUT=45s`n"
    }
}
