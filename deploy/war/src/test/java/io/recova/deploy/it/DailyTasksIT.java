package io.recova.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily job against PostgreSQL: twice in a row gives no duplicate task, a run that finds
 * another one holding the lock does nothing, two concurrent runs create each task once; then the
 * collector's queue orders the tasks with their reasons.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DailyTasksIT {

  /** The job's advisory lock key ("TASK"), as TaskGeneration takes it. */
  static final long LOCK = 0x5441534BL;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RecovaDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private String open() {
    String reference = CasesApiIT.unique("JOB");
    Api.Reply r = api().post("/api/v1/cases", Tokens.of("martin"),
        CasesApiIT.caseJson(null, reference, "Tâche " + reference, "900.00"));
    return r.object().getJsonObject("summary").getString("id");
  }

  private JsonObject run() {
    Api.Reply r = api().post("/api/v1/jobs/daily-tasks", Tokens.of("manager"), "");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  private static String tasksOf(String caseId) {
    return TestServices.queryOne("select count(*) from task where case_id = '" + caseId + "'");
  }

  @Test
  void twiceInARowCreatesEachTaskOnce() {
    String id = open();

    JsonObject first = run();
    assertThat(first.getBoolean("ran")).isTrue();
    assertThat(first.getInt("tasksCreated")).isGreaterThanOrEqualTo(1);
    assertThat(tasksOf(id)).isEqualTo("1");
    assertThat(TestServices.queryOne("select channel || ' ' || template || ' ' || due_on"
        + " from task where case_id = '" + id + "'"))
        .isEqualTo("EMAIL FRIENDLY_REMINDER 2025-03-20");

    JsonObject second = run();
    assertThat(second.getBoolean("ran")).isTrue();
    assertThat(second.getInt("tasksCreated")).isZero();
    assertThat(tasksOf(id)).isEqualTo("1");
  }

  @Test
  void aRunThatFindsTheLockTakenDoesNothing() throws Exception {
    String id = open();
    try (Connection other = DriverManager.getConnection(TestServices.dbUrl(),
        TestServices.dbUser(), TestServices.dbPassword())) {
      other.createStatement().execute("select pg_advisory_lock(" + LOCK + ")");
      JsonObject skipped = run();
      assertThat(skipped.getBoolean("ran")).isFalse();
      assertThat(tasksOf(id)).isEqualTo("0");
      other.createStatement().execute("select pg_advisory_unlock(" + LOCK + ")");
    }
    assertThat(run().getBoolean("ran")).isTrue();
    assertThat(tasksOf(id)).isEqualTo("1");
  }

  @Test
  void twoConcurrentRunsCreateEachTaskOnce() {
    List<String> ids = List.of(open(), open(), open());

    CompletableFuture<JsonObject> a = CompletableFuture.supplyAsync(this::run);
    CompletableFuture<JsonObject> b = CompletableFuture.supplyAsync(this::run);
    JsonObject ra = a.join();
    JsonObject rb = b.join();

    assertThat(ra.getBoolean("ran") || rb.getBoolean("ran")).isTrue();
    for (String id : ids) {
      assertThat(tasksOf(id)).isEqualTo("1");
    }
    assertThat(TestServices.queryOne("select count(*) from (select case_id, strategy_id,"
        + " step_position from task group by 1, 2, 3 having count(*) > 1) d")).isEqualTo("0");
  }

  @Test
  void theCollectorsQueueOrdersTodaysTasksWithTheirReasonsAndADoneTaskLeavesIt() {
    String id = open();
    run();
    Api.Reply queue = api().get("/api/v1/work-queue", Tokens.of("collector"));
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    List<JsonObject> items = queue.json().asJsonArray().getValuesAs(JsonObject.class);
    JsonObject mine = items.stream().filter(i -> i.getString("caseId").equals(id)).findFirst()
        .orElseThrow();
    assertThat(mine.getString("channel")).isEqualTo("EMAIL");
    assertThat(mine.getJsonArray("reasons").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("code")).contains("amount", "age");
    for (int i = 1; i < items.size(); i++) {
      assertThat(items.get(i - 1).getInt("priority"))
          .isGreaterThanOrEqualTo(items.get(i).getInt("priority"));
    }

    String task = mine.getString("taskId");
    assertThat(api().post("/api/v1/tasks/" + task + "/done", Tokens.of("collector"), "").status())
        .isEqualTo(204);
    assertThat(api().post("/api/v1/tasks/" + task + "/done", Tokens.of("collector"), "").status())
        .isEqualTo(404);
    assertThat(api().get("/api/v1/work-queue", Tokens.of("collector")).body()).doesNotContain(task);
    assertThat(api().get("/api/v1/work-queue", Tokens.of("martin")).status()).isEqualTo(403);
    assertThat(api().post("/api/v1/jobs/daily-tasks", Tokens.of("collector"), "").status())
        .isEqualTo(403);
  }
}
