package vn.dacsan.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One instance of a cluster runs the scheduled jobs, and another takes over when it stops. */
class ClusterLeadershipTest {

    private HazelcastInstance first;
    private HazelcastInstance second;

    @AfterEach
    void stop() {
        Hazelcast.shutdownAll();
    }

    @Test
    void withoutADataGridAnInstanceRunsTheJobsItself() {
        assertThat(new ClusterLeadership(() -> null).runsScheduledJobs()).isTrue();
    }

    @Test
    void theOldestMemberRunsTheJobsAndTheNextTakesOverWhenItStops() throws InterruptedException {
        String cluster = "dacsan-test-" + UUID.randomUUID();
        first = Hazelcast.newHazelcastInstance(loopback(cluster));
        second = Hazelcast.newHazelcastInstance(loopback(cluster));
        await(() -> second.getCluster().getMembers().size() == 2);

        ClusterLeadership onFirst = new ClusterLeadership(() -> first);
        ClusterLeadership onSecond = new ClusterLeadership(() -> second);
        assertThat(onFirst.runsScheduledJobs()).isTrue();
        assertThat(onSecond.runsScheduledJobs()).isFalse();

        first.shutdown();
        await(() -> second.getCluster().getMembers().size() == 1);
        assertThat(onSecond.runsScheduledJobs()).isTrue();
        assertThat(onFirst.runsScheduledJobs()).as("a stopped member no longer counts as a cluster").isTrue();
    }

    private static Config loopback(String clusterName) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(15701).setPortAutoIncrement(true);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:15701").addMember("127.0.0.1:15702").addMember("127.0.0.1:15703");
        return config;
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long for the cluster").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
