function New-FetchRunUserData {
    <#
    .SYNOPSIS
    The launch template's user data: MIME multi-part (Batch merges its own part), base64-encoded.
    .DESCRIPTION
    Appends two settings to /etc/ecs/ecs.config before the ECS agent starts:
    ECS_ENABLE_SPOT_INSTANCE_DRAINING=true puts the instance in DRAINING when its Spot interruption notice
    arrives, so no new job is placed on it. It does not signal the Batch jobs already running there (ECS leaves
    standalone tasks alone while draining); the runner's own IMDS watcher gives them the two-minute notice.
    ECS_CONTAINER_STOP_TIMEOUT is how long ECS waits between SIGTERM and SIGKILL when it stops a container.
    Every line ends in LF: cloud-init hands each text/x-shellscript part to the kernel byte for byte, and a
    CRLF shebang ('#!/bin/bash\r') names an interpreter that does not exist, so the script would never run.
    AWS Batch requires MIME multi-part user data in a launch template:
    https://docs.aws.amazon.com/batch/latest/userguide/launch-templates.html (EC2 user data in launch templates)
    cloud-init's multi-part format: https://cloudinit.readthedocs.io/en/latest/explanation/format.html
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
    [System.Convert]::ToBase64String([System.Text.Encoding]::ASCII.GetBytes(($lines -join "`n")))
}
