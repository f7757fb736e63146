package vn.dacsan.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import vn.dacsan.bench.CatalogueGenerator.FlatRow;
import vn.dacsan.platform.text.VietnameseText;

/**
 * The naive search a small marketplace would write: {@code LOWER(name) LIKE '%…%'} over a flat
 * product table (same live rows as the index), plus PostgreSQL variants with a trigram index
 * and with full-text search (unaccent) and facet counts by GROUP BY. Each client thread has
 * its own connection.
 */
final class SqlBaseline implements AutoCloseable {

    enum Mode {
        /** LIKE on a pre-folded (diacritics removed) lower-case column, query folded the same way. */
        LIKE_FOLDED,
        /** LIKE on the names as written: what the naive code does. */
        LIKE_RAW,
        /** PostgreSQL full-text search with unaccent, plus facet counts by GROUP BY. */
        FTS
    }

    private final String url;
    private final String user;
    private final String password;
    private final String table;
    private final boolean postgres;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> all = new ArrayList<>();

    SqlBaseline(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = url.startsWith("jdbc:postgresql:");
        this.table = postgres ? "dacsan_bench.product_flat" : "product_flat";
    }

    boolean postgres() {
        return postgres;
    }

    /** (Re)creates the flat table and loads the rows. */
    void load(List<FlatRow> rows) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("create schema if not exists dacsan_bench");
            }
            s.execute("drop table if exists " + table);
            s.execute("create table " + table + " (id bigint primary key, name varchar(200) not null, "
                    + "name_folded varchar(200) not null, price_vnd bigint not null, group_slug varchar(80) not null, "
                    + "province varchar(60) not null, commune varchar(60) not null, kind varchar(30) not null, stars integer"
                    + (postgres ? ", tsv tsvector" : "") + ")");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into " + table
                    + " (id, name, name_folded, price_vnd, group_slug, province, commune, kind, stars) values (?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (FlatRow row : rows) {
                    ps.setLong(1, row.id());
                    ps.setString(2, row.name());
                    ps.setString(3, VietnameseText.fold(row.name()).toLowerCase());
                    ps.setLong(4, row.price());
                    ps.setString(5, row.groupSlug());
                    ps.setString(6, row.province());
                    ps.setString(7, row.commune());
                    ps.setString(8, row.kind());
                    if (row.stars() == null) {
                        ps.setNull(9, Types.INTEGER);
                    } else {
                        ps.setInt(9, row.stars());
                    }
                    ps.addBatch();
                    if (++n % 2000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            if (postgres) {
                s.execute("analyze " + table);
            }
        }
    }

    /** PostgreSQL: creates the extensions (trusted since PostgreSQL 13) if they are missing. */
    void createExtensions() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_trgm");
            s.execute("create extension if not exists unaccent");
        }
    }

    void addTrigramIndex() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("create index product_flat_trgm_ix on " + table + " using gin (name_folded gin_trgm_ops)");
            s.execute("analyze " + table);
        }
    }

    void addFullText() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute("update " + table + " set tsv = to_tsvector('simple', unaccent(lower(name)))");
            s.execute("create index product_flat_tsv_ix on " + table + " using gin (tsv)");
            s.execute("vacuum analyze " + table);
        }
    }

    /** Runs one query of the mix; returns the ids of the page. */
    List<Long> search(QueryMix.Query q, Mode mode, int size) throws SQLException {
        Connection c = connection();
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where ");
        String text = q.text();
        String rankOrder = "id";
        switch (mode) {
            case LIKE_FOLDED -> {
                where.append("name_folded like ?");
                args.add("%" + VietnameseText.fold(text).toLowerCase() + "%");
            }
            case LIKE_RAW -> {
                where.append("lower(name) like ?");
                args.add("%" + text.toLowerCase() + "%");
            }
            case FTS -> {
                where.append("tsv @@ plainto_tsquery('simple', unaccent(lower(?)))");
                args.add(text);
                rankOrder = "ts_rank(tsv, plainto_tsquery('simple', unaccent(lower(?)))) desc, id";
            }
        }
        if (q.group() != null) {
            where.append(" and group_slug = ?");
            args.add(q.group());
        }
        if (q.province() != null) {
            where.append(" and province = ?");
            args.add(q.province());
        }
        if (q.stars() != null) {
            where.append(" and stars = ?");
            args.add(q.stars());
        }
        String order = switch (q.sort()) {
            case "price_asc" -> "price_vnd asc, id";
            case "price_desc" -> "price_vnd desc, id";
            default -> rankOrder;
        };
        List<Long> ids = new ArrayList<>();
        String pageSql = "select id, name, price_vnd from " + table + where + " order by " + order + " limit ? offset ?";
        try (PreparedStatement ps = c.prepareStatement(pageSql)) {
            int i = bind(ps, args, 1);
            if (order.startsWith("ts_rank")) {
                ps.setString(i++, text);
            }
            ps.setInt(i++, size);
            ps.setInt(i, (q.page() - 1) * size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (mode == Mode.FTS) {
            // total and five facets in one pass, as a shop on PostgreSQL would
            String facetSql = "select group_slug, province, commune, kind, stars, count(*) from " + table + where
                    + " group by grouping sets ((), (group_slug), (province), (commune), (kind), (stars))";
            try (PreparedStatement ps = c.prepareStatement(facetSql)) {
                bind(ps, args, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(6);
                    }
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from " + table + where)) {
                bind(ps, args, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private static int bind(PreparedStatement ps, List<Object> args, int from) throws SQLException {
        int i = from;
        for (Object arg : args) {
            ps.setObject(i++, arg);
        }
        return i;
    }

    private Connection connection() throws SQLException {
        Connection c = connections.get();
        if (c == null || c.isClosed()) {
            c = open();
            connections.set(c);
            synchronized (all) {
                all.add(c);
            }
        }
        return c;
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        synchronized (all) {
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
            all.clear();
        }
    }
}
