package io.recova.portal.access;

import static io.recova.portal.access.AudienceTest.caller;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import io.recova.agency.security.Role;
import io.recova.portal.console.ClientsView;
import io.recova.portal.portal.PortalView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ViewAccessTest {

  @Test
  void theConsoleIsForAgencyStaffAndRefusedToCreditorUsers() {
    assertThat(ViewAccess.admits(ClientsView.class, caller(Role.COLLECTOR))).isTrue();
    assertThat(ViewAccess.admits(ClientsView.class, caller(Role.CLIENT))).isFalse();
  }

  @Test
  void thePortalIsForCreditorUsersAndRefusedToAgencyStaff() {
    assertThat(ViewAccess.admits(PortalView.class, caller(Role.CLIENT))).isTrue();
    assertThat(ViewAccess.admits(PortalView.class, caller(Role.MANAGER))).isFalse();
  }

  @Test
  void aViewWithoutAnAudienceIsRefusedToEveryone() {
    class Unmarked extends Div {}
    assertThat(ViewAccess.admits(Unmarked.class, caller(Role.ADMIN))).isFalse();
  }

  @Test
  void everyRouteNamesItsAudience() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names =
          files
              .map(path -> classes.relativize(path).toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> name.replace(".class", "").replace('/', '.'))
              .toList();
    }
    int routes = 0;
    for (String name : names) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (type.isAnnotationPresent(Route.class)) {
        routes++;
        assertThat(type.isAnnotationPresent(VisibleTo.class)).as(name).isTrue();
      }
    }
    assertThat(routes).isGreaterThanOrEqualTo(4);
  }
}
