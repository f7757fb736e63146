package vn.dacsan.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one source of "now" for the application, in the deployment's time zone. */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "dacsan.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String timezone;

    @Produces
    public Clock clock() {
        return Clock.system(ZoneId.of(timezone));
    }
}
