@{
    RootModule        = 'FetchRun.psm1'
    ModuleVersion     = '0.1.0'
    GUID              = '6f4d2b8e-3c1a-4e57-9a0b-2f1e5d7c9a41'
    Author            = 'FetchRun'
    Description       = 'Provisions and operates FetchRun (C# script jobs on AWS Batch) through the AWS CLI v2.'
    PowerShellVersion = '7.4'
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
