namespace FetchRun.Reviews.Sinks;

/// <summary>The messages with which opening a sink is refused before anything is written.</summary>
internal static class SinkMessages
{
    public const string NoDatabaseOnBatch =
        $"No results database is configured on AWS Batch: set {SinkNames.DatabaseVariable} or {SinkNames.SsmParameterVariable} " +
        $"in the job definition, or pass --param {SinkNames.SinkParameter}=<target>. The SQLite default would be written " +
        "inside the container and lost when it ends.";

    public const string PasswordInTargetOnBatch =
        $"The database target given to the job (--param {SinkNames.SinkParameter}=…) contains a password. On AWS Batch, job " +
        "parameters can be read by anyone allowed batch:DescribeJobs and are recorded in CloudTrail. Store the connection string " +
        $"in an SSM SecureString parameter and name it in {SinkNames.SsmParameterVariable} instead.";

    // https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html: "We don't recommend using
    // plaintext environment variables for sensitive information"; DescribeJobDefinitions and DescribeJobs return them.
    public const string PasswordInVariableOnBatch =
        $"{SinkNames.DatabaseVariable} contains a password. On AWS Batch, the job definition's environment can be read by anyone " +
        "allowed batch:DescribeJobDefinitions or batch:DescribeJobs. Store the connection string in an SSM SecureString parameter " +
        $"and name it in {SinkNames.SsmParameterVariable}, leaving {SinkNames.DatabaseVariable} unset.";

    public static string CaBundleMissing(string path) =>
        $"{SinkNames.CaBundleVariable} names '{path}', which is not a file: it must be the path of a PEM bundle of the CAs to trust.";
}
