# .dockerignore keeps history, build output, state files and databases out of the image's build context,
# and nothing the build needs. Matching follows Docker's rules: a pattern is a path glob from the context
# root ('*' within one path segment, '**' across any number of them), and an excluded directory takes
# everything under it. https://docs.docker.com/build/concepts/context/#dockerignore-files
BeforeAll {
    $script:root = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
    $script:lines = @(Get-Content (Join-Path $root '.dockerignore') | ForEach-Object { $_.Trim() } | Where-Object { $_ -and -not $_.StartsWith('#') })
    $script:patterns = @($lines | ForEach-Object {
            $glob = $_.TrimEnd('/')
            $regex = [regex]::Escape($glob) -replace '\\\*\\\*/', '(.*/)?' -replace '\\\*\\\*', '.*' -replace '\\\*', '[^/]*' -replace '\\\?', '[^/]'
            [regex]::new("^$regex$")
        })
    function script:Test-Ignored([string] $Path) {
        $segments = $Path.Split('/')
        for ($i = 1; $i -le $segments.Count; $i++) {
            $candidate = $segments[0..($i - 1)] -join '/'
            if ($patterns | Where-Object { $_.IsMatch($candidate) }) { return $true }
        }
        $false
    }
}

Describe '.dockerignore' {
    It 'Patterns_Always_HaveNoReinclusion' {
        $lines | Where-Object { $_.StartsWith('!') } | Should -BeNullOrEmpty -Because 'an exception could bring an excluded file back'
    }

    It 'Path_<Path>_IsExcluded' -ForEach @(
        @{ Path = '.git/HEAD' }
        @{ Path = 'runner/FetchRun.Runner/bin/Release/net10.0/fetchrun.dll' }
        @{ Path = 'runner/FetchRun.Sdk/obj/project.assets.json' }
        @{ Path = 'fetchrun-prod.json' }
        @{ Path = 'scripts/fetchrun-staging.json' }
        @{ Path = 'reviews.db' }
        @{ Path = 'jobs/samples/results.db-wal' }
        @{ Path = 'artifacts/fetchrun.nupkg' }
        @{ Path = 'runner/FetchRun.Tests/TestResults/run.trx' }
    ) {
        Test-Ignored $Path | Should -BeTrue
    }

    It 'BuildInput_<Path>_IsKept' -ForEach @(
        @{ Path = 'runner/publish.sh' }
        @{ Path = 'runner/FetchRun.Runner/FetchRun.Runner.csproj' }
        @{ Path = 'runner/FetchRun.Runner/Program.cs' }
        @{ Path = 'runner/FetchRun.Sdk/FetchRun.Sdk.csproj' }
        @{ Path = 'Directory.Build.props' }
        @{ Path = 'Directory.Packages.props' }
        @{ Path = 'global.json' }
    ) {
        Test-Path (Join-Path $root $Path) | Should -BeTrue -Because 'the build reads it'
        Test-Ignored $Path | Should -BeFalse
    }

    It 'TrackedFiles_Always_ReachTheContext' {
        $tracked = @(& git -C $root ls-files 2>$null)
        if ($LASTEXITCODE -ne 0 -or -not $tracked) { Set-ItResult -Skipped -Because 'not a git checkout'; return }
        @($tracked | Where-Object { $_ -ne '.gitignore' -and $_ -ne '.dockerignore' -and (Test-Ignored $_) }) | Should -BeNullOrEmpty
    }
}
