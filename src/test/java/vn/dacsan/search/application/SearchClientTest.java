package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the SolrCloud settings are read: ZooKeeper addresses and the layout of new collections. */
class SearchClientTest {

    @Test
    void zooKeeperHostsWithAChroot() {
        SearchClient.ZooKeeperAddress zk = SearchClient.ZooKeeperAddress.parse(" zk1:2181,zk2:2181 , zk3:2181/solr ");
        assertThat(zk.hosts()).containsExactly("zk1:2181", "zk2:2181", "zk3:2181");
        assertThat(zk.chroot()).contains("/solr");
    }

    @Test
    void zooKeeperHostsWithoutAChroot() {
        assertThat(SearchClient.ZooKeeperAddress.parse("127.0.0.1:9983").chroot()).isEmpty();
        assertThat(SearchClient.ZooKeeperAddress.parse("127.0.0.1:9983/").chroot()).isEmpty();
    }

    @Test
    void aChrootWithoutHostsIsRefused() {
        assertThatThrownBy(() -> SearchClient.ZooKeeperAddress.parse("/solr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ZooKeeper host");
    }

    @Test
    void aSingleNodeIsNoCloud() {
        try (SearchClient client = SearchClient.forUrl("http://127.0.0.1:9/solr", "products")) {
            assertThat(client.isCloud()).isFalse();
            assertThat(client.collection()).isEqualTo("products");
        }
    }

    @Test
    void nodeUrlsMakeACloudClient() {
        try (SearchClient client = SearchClient.forSolrCloud(List.of("http://127.0.0.1:9/solr"), "products")) {
            assertThat(client.isCloud()).isTrue();
        }
    }

    @Test
    void newCollectionsNeedAtLeastOneShardAndOneReplica() {
        assertThatThrownBy(() -> new CloudCollections.Layout(0, 2, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CloudCollections.Layout(2, 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CloudCollections.Layout(2, 2, Optional.empty()).configSetFor("products")).isEqualTo("products");
        assertThat(new CloudCollections.Layout(2, 2, Optional.of("dacsan-products")).configSetFor("products"))
                .isEqualTo("dacsan-products");
    }
}
