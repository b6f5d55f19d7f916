package io.recova.agency.strategy;

import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/work-queue} (today's tasks by priority), {@code /api/v1/tasks/{id}/done}, and
 * {@code /api/v1/jobs/daily-tasks} to run the daily job now (it also runs every morning): payment
 * plan breaches, then the tasks.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StrategyResource {

  @Inject WorkQueue queue;
  @Inject DailyJob job;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  @GET
  @Path("work-queue")
  @RolesAllowed({"collector", "manager", "admin"})
  public List<QueueItem> workQueue() {
    return queue.today();
  }

  @POST
  @Path("tasks/{id}/done")
  @RolesAllowed({"collector", "manager", "admin"})
  public Response done(@PathParam("id") String id) {
    UUID taskId;
    try {
      taskId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Open task", id);
    }
    queue.done(taskId);
    return Response.noContent().build();
  }

  /**
   * 200 with what the run did; {@code ran=false} when another run holds the tasks' lock, {@code
   * settlements.ran=false} when another holds the settlements'.
   */
  @POST
  @Path("jobs/daily-tasks")
  @RolesAllowed({"manager", "admin"})
  public DailyJob.Result runDailyTasks() {
    return job.run(LocalDate.now(clock), currentCaller.get());
  }
}
