BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Import-Module $ModulePath -Force
    $script:uri = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/fr-runner'
}

Describe 'Get-FetchRunImagePublishCommand' {
    BeforeAll {
        $env:FETCHRUN_AWS_CLI = '/usr/bin/aws'
        $script:commands = Get-FetchRunImagePublishCommand -RepositoryUri $uri -Revision 'abc123' -Context '/src'
    }
    AfterAll { Remove-Item Env:FETCHRUN_AWS_CLI -ErrorAction SilentlyContinue }

    It 'Build_Always_TagsWithTheRevision' {
        $commands[0].Display | Should -Be "docker build --platform linux/amd64 --label org.opencontainers.image.revision=abc123 --tag ${uri}:abc123 /src"
    }

    It 'Login_Always_PipesTheEcrPasswordForTheRepositoryRegion' {
        $commands[1].Display | Should -Be 'docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com'
        $commands[1].InputFrom.Display | Should -Be '/usr/bin/aws ecr get-login-password --region eu-west-1'
    }

    It 'Push_Always_PushesTheTaggedImage' {
        $commands[2].Display | Should -Be "docker push ${uri}:abc123"
    }
}

Describe 'Publish-FetchRunImage' {
    It 'Run_Given_RunsTheThreeCommandsInOrderAndReturnsTheImage' {
        Mock -ModuleName FetchRun Invoke-FetchRunCommand { }
        Publish-FetchRunImage -RepositoryUri $uri -Revision 'abc123' | Should -Be "${uri}:abc123"
        Should -Invoke -ModuleName FetchRun Invoke-FetchRunCommand -Times 3 -Exactly
    }

    It 'WhatIf_Given_RunsNothing' {
        Mock -ModuleName FetchRun Invoke-FetchRunCommand { }
        Publish-FetchRunImage -RepositoryUri $uri -Revision 'abc123' -WhatIf | Out-Null
        Should -Invoke -ModuleName FetchRun Invoke-FetchRunCommand -Times 0 -Exactly
    }
}
