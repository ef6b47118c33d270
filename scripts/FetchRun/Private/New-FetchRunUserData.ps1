function New-FetchRunUserData {
    <#
    .SYNOPSIS
    The launch template's user data: MIME multi-part (Batch merges its own part), base64-encoded.
    .DESCRIPTION
    Turns on ECS Spot draining, so a reclaimed instance's tasks get SIGTERM as soon as the two-minute
    notice arrives, and sets how long ECS waits between SIGTERM and SIGKILL.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([ValidateRange(2, 600)][int] $ContainerStopTimeoutSeconds = 30)
    $boundary = '==FETCHRUN-BOUNDARY=='
    $lines = @(
        'MIME-Version: 1.0'
        "Content-Type: multipart/mixed; boundary=`"$boundary`""
        ''
        "--$boundary"
        'Content-Type: text/x-shellscript; charset="us-ascii"'
        ''
        '#!/bin/bash'
        'echo ECS_ENABLE_SPOT_INSTANCE_DRAINING=true >> /etc/ecs/ecs.config'
        "echo ECS_CONTAINER_STOP_TIMEOUT=${ContainerStopTimeoutSeconds}s >> /etc/ecs/ecs.config"
        ''
        "--$boundary--"
        ''
    )
    [System.Convert]::ToBase64String([System.Text.Encoding]::ASCII.GetBytes(($lines -join "`r`n")))
}
