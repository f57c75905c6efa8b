namespace Yardstick.Storage.Migrations;

/// <summary>
/// Before the unique (RunId, PromptId, Epoch) index: databases written by earlier versions can hold repeated keys. In eval
/// runs a repeat is a re-asked failed question, so only the sample that counted is kept (succeeded first, then the latest,
/// as <c>EvalAnalysis.Effective</c> picks it: scores do not change). In perf and probe runs a repeat was a distinct
/// measurement (a workload reusing its prompts), so each repeat keeps its row under its own negative epoch.
/// Plain SQL that SQLite (3.33+) and PostgreSQL both run.
/// </summary>
internal static class DuplicateSampleCleanup
{
    private const string Ranked = """
        SELECT s."Id", r."Kind", ROW_NUMBER() OVER (PARTITION BY s."RunId", s."PromptId", s."Epoch"
            ORDER BY CASE WHEN s."ErrorKind" = 'None' THEN 0 ELSE 1 END, s."Sequence" DESC, s."Id" DESC) AS rn
        FROM samples s JOIN runs r ON r."Id" = s."RunId"
        """;

    public const string Sql = $"""
        DELETE FROM samples WHERE "Id" IN (SELECT "Id" FROM ({Ranked}) ranked WHERE ranked.rn > 1 AND ranked."Kind" = 'Eval');
        UPDATE samples SET "Epoch" = -ranked.rn FROM ({Ranked}) ranked
            WHERE samples."Id" = ranked."Id" AND ranked.rn > 1 AND ranked."Kind" <> 'Eval';
        """;
}
