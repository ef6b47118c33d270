namespace FetchRun.Reviews.Sinks.Schema;

/// <summary>The value kinds the sink tables use, mapped to each database's column type.</summary>
internal enum ColumnKind
{
    Text,
    Boolean,
    Integer,
    BigInt,
    Double,
    Money,
    Timestamp,
}
