package vn.dacsan.platform.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Decides which instance of a cluster runs the scheduled jobs that must run once per cluster
 * (outbox indexer, certificate watch): the oldest member of Payara's data grid. When it
 * stops, the next oldest takes over at its next timer tick. A lone instance, or one started
 * without the data grid, always runs them.
 */
@ApplicationScoped
public class ClusterLeadership {

    private static final Logger LOG = Logger.getLogger(ClusterLeadership.class.getName());
    /** Where Payara publishes its Hazelcast instance. */
    static final String DATA_GRID = "payara/Hazelcast";

    private final Supplier<HazelcastInstance> grid;
    private volatile boolean leading;

    public ClusterLeadership() {
        this(new Supplier<>() {
            // looked up once: the data grid starts before the application and lives as long
            private HazelcastInstance found;
            private boolean looked;

            @Override
            public synchronized HazelcastInstance get() {
                if (!looked) {
                    found = payaraDataGrid();
                    looked = true;
                }
                return found;
            }
        });
    }

    ClusterLeadership(Supplier<HazelcastInstance> grid) {
        this.grid = grid;
    }

    /** True when this instance should run the cluster's scheduled jobs now. */
    public boolean runsScheduledJobs() {
        boolean now = isOldestMember();
        if (now != leading) {
            leading = now;
            LOG.info(() -> now ? "This instance now runs the cluster's scheduled jobs"
                    : "Another instance runs the cluster's scheduled jobs");
        }
        return now;
    }

    private boolean isOldestMember() {
        HazelcastInstance hazelcast = grid.get();
        if (hazelcast == null || !hazelcast.getLifecycleService().isRunning()) {
            return true;
        }
        // Hazelcast lists members oldest first, the same order on every member
        Iterator<Member> members = hazelcast.getCluster().getMembers().iterator();
        return !members.hasNext() || members.next().localMember();
    }

    private static HazelcastInstance payaraDataGrid() {
        try {
            Object found = new InitialContext().lookup(DATA_GRID);
            return found instanceof HazelcastInstance hazelcast ? hazelcast : null;
        } catch (NamingException | RuntimeException | LinkageError noDataGrid) {
            // started with --nohazelcast, or outside Payara
            return null;
        }
    }
}
