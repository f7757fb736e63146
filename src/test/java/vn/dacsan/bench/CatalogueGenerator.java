package vn.dacsan.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.platform.text.VietnameseText;

/**
 * Writes a synthetic catalogue of Vietnamese specialty products with JDBC batches, on top of the
 * demo catalogue (whose communes, producers and 77 products it reuses as vocabulary). Seeded, so
 * every run at a scale produces the same rows.
 */
final class CatalogueGenerator {

    static final long PRODUCER_ID_BASE = 5_000_000L;
    static final long PRODUCT_ID_BASE = 10_000_000L;
    static final long CERT_ID_BASE = 50_000_000L;
    static final long SEQUENCE_RESTART = 100_000_000L;

    private static final String[] VARIANTS = {
        "", "", "", "truyền thống", "đặc biệt", "thượng hạng", "loại 1", "hữu cơ", "gia truyền", "ít đường",
        "cao cấp", "nguyên chất", "vị gừng", "vị lá dứa", "vị mè đen", "vị đậu phộng", "vị sầu riêng",
        "vị cà phê", "vị sữa", "dừa sáp", "miệt vườn", "xuất khẩu", "quà biếu", "Tết", "nhà làm"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trương", "Đoàn", "Châu"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Thị Kim", "Hoàng", "Đức"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hạnh", "Hân", "Khoa", "Lan", "Linh", "Mai",
        "Nam", "Nga", "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Trí", "Tuấn", "Uyên", "Vy", "Xuân", "Yến", "Hiếu"};
    private static final String[] ISSUERS = {"Ủy ban nhân dân tỉnh Vĩnh Long", "Ủy ban nhân dân tỉnh Đồng Tháp",
        "Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh An Giang", "Bộ Nông nghiệp và Môi trường"};
    private static final int[] GRAMS = {100, 150, 200, 250, 300, 400, 500, 1000};
    private static final int[] MILLILITRES = {250, 330, 500, 750, 1000};
    private static final Pattern GRAM = Pattern.compile("(\\d+) g");
    private static final Pattern ML = Pattern.compile("(\\d+) ml");

    record Base(String name, String description, long price, String unit, String group) {
    }

    record Commune(String code, String name, String province, String provinceName) {
        String shortName() {
            return name.replaceFirst("^(xã|phường|thị trấn) ", "");
        }
    }

    record Producer(long id, String name, String kind, Commune commune) {
    }

    /** A live product as the SQL baselines see it (stars only while the certificate is valid). */
    record FlatRow(long id, String name, long price, String groupSlug, String province, String commune, String kind,
                   Integer stars) {
    }

    private final DataSource dataSource;
    private final Random random = new Random(20251126L);
    private final LocalDate today;

    CatalogueGenerator(DataSource dataSource, LocalDate today) {
        this.dataSource = dataSource;
        this.today = today;
    }

    static List<Base> baseProducts() {
        try (InputStream in = CatalogueGenerator.class.getResourceAsStream(DemoCatalog.RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            List<Base> bases = new ArrayList<>();
            for (JsonValue value : reader.readObject().getJsonArray("products")) {
                JsonObject p = value.asJsonObject();
                bases.add(new Base(p.getString("name"), p.getString("description"), p.getJsonNumber("priceVnd").longValue(),
                        p.getString("unit"), p.getString("group")));
            }
            return bases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code count} products (and producers for them); returns how many are live. */
    int generate(int count) throws SQLException {
        List<Base> bases = baseProducts();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Commune> communes = communes(c);
            List<Producer> producers = producers(c, communes);
            int producerCount = Math.max(20, count / 50);
            producers.addAll(newProducers(c, producerCount, communes, bases));
            int live = 0;
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            try (PreparedStatement product = c.prepareStatement("insert into product (id, slug, name, description, price_vnd, "
                    + "unit, stock, group_code, producer_id, origin_commune_code, status, featured, created_at, updated_at, "
                    + "version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
                 PreparedStatement cert = c.prepareStatement("insert into ocop_certificate (id, product_id, stars, score, "
                         + "decision_number, decision_date, issuer, group_code, valid_until, status) "
                         + "values (?,?,?,?,?,?,?,?,?,'VALID')")) {
                for (int i = 0; i < count; i++) {
                    long id = PRODUCT_ID_BASE + i;
                    Base base = bases.get(random.nextInt(bases.size()));
                    Producer producer = producers.get(random.nextInt(producers.size()));
                    Commune origin = random.nextInt(10) < 8 ? producer.commune() : communes.get(random.nextInt(communes.size()));
                    String variant = VARIANTS[random.nextInt(VARIANTS.length)];
                    String place = switch (random.nextInt(4)) {
                        case 0 -> origin.shortName();
                        case 1 -> origin.provinceName();
                        default -> "";
                    };
                    String name = join(base.name(), variant, place);
                    double factor = 0.6 + random.nextDouble() * 1.2;
                    String unit = base.unit();
                    Matcher g = GRAM.matcher(unit);
                    Matcher ml = ML.matcher(unit);
                    if (g.find()) {
                        int grams = GRAMS[random.nextInt(GRAMS.length)];
                        factor *= grams / Double.parseDouble(g.group(1));
                        unit = g.replaceFirst(grams == 1000 ? "1 kg" : grams + " g");
                    } else if (ml.find()) {
                        int millis = MILLILITRES[random.nextInt(MILLILITRES.length)];
                        factor *= millis / Double.parseDouble(ml.group(1));
                        unit = ml.replaceFirst(millis == 1000 ? "1 lít" : millis + " ml");
                    }
                    long price = Math.max(5_000, Math.round(base.price() * factor / 1000.0) * 1000);
                    String description = base.description() + " Sản phẩm " + (variant.isEmpty() ? "" : variant + " ")
                            + "của " + producer.name() + ", làm tại " + origin.name() + ", " + origin.provinceName()
                            + "; quy cách " + unit + ".";
                    boolean isLive = random.nextInt(100) < 98;
                    live += isLive ? 1 : 0;
                    Instant created = now.minus(random.nextInt(900), ChronoUnit.DAYS).minus(random.nextInt(86_400), ChronoUnit.SECONDS);
                    product.setLong(1, id);
                    product.setString(2, VietnameseText.slug(name) + "-" + id);
                    product.setString(3, name);
                    product.setString(4, description);
                    product.setLong(5, price);
                    product.setString(6, unit);
                    product.setInt(7, random.nextInt(500));
                    product.setString(8, base.group());
                    product.setLong(9, producer.id());
                    product.setString(10, origin.code());
                    product.setString(11, isLive ? "LIVE" : "DRAFT");
                    product.setBoolean(12, random.nextInt(100) == 0);
                    product.setObject(13, OffsetDateTime.ofInstant(created, ZoneOffset.UTC));
                    product.setObject(14, OffsetDateTime.ofInstant(created, ZoneOffset.UTC));
                    product.addBatch();
                    if (random.nextInt(100) < 75) {
                        int roll = random.nextInt(100);
                        int stars = roll < 50 ? 3 : roll < 85 ? 4 : 5;
                        int score = switch (stars) {
                            case 3 -> 50 + random.nextInt(20);
                            case 4 -> 70 + random.nextInt(20);
                            default -> 90 + random.nextInt(11);
                        };
                        // 95 % signed within the 36-month validity, 5 % already expired
                        int daysAgo = random.nextInt(100) < 95 ? random.nextInt(1_050) : 1_110 + random.nextInt(400);
                        LocalDate signed = today.minusDays(daysAgo);
                        cert.setLong(1, CERT_ID_BASE + i);
                        cert.setLong(2, id);
                        cert.setInt(3, stars);
                        cert.setInt(4, score);
                        cert.setString(5, (1000 + random.nextInt(8999)) + "/QĐ-UBND");
                        cert.setDate(6, Date.valueOf(signed));
                        cert.setString(7, ISSUERS[random.nextInt(ISSUERS.length)]);
                        cert.setString(8, topLevel(base.group()));
                        cert.setDate(9, Date.valueOf(signed.plusMonths(36)));
                        cert.addBatch();
                    }
                    if (i % 1000 == 999 || i == count - 1) {
                        product.executeBatch();
                        cert.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("delete from search_outbox");
                s.execute("alter sequence entity_seq restart with " + SEQUENCE_RESTART);
            }
            c.commit();
            return live;
        }
    }

    /** Every live product of the database, flattened for the SQL baselines. */
    static List<FlatRow> flatRows(DataSource dataSource, LocalDate today) throws SQLException {
        Map<Long, Integer> stars = new HashMap<>();
        List<FlatRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (PreparedStatement ps = c.prepareStatement("select product_id, stars from ocop_certificate "
                    + "where status = 'VALID' and decision_date <= ? and valid_until >= ?")) {
                ps.setDate(1, Date.valueOf(today));
                ps.setDate(2, Date.valueOf(today));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stars.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("select p.id, p.name, p.price_vnd, p.group_code, u.parent_code, "
                    + "p.origin_commune_code, r.kind from product p join admin_unit u on u.code = p.origin_commune_code "
                    + "join producer r on r.id = p.producer_id where p.status = 'LIVE' order by p.id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String group = rs.getString(4);
                    rows.add(new FlatRow(id, rs.getString(2), rs.getLong(3), group.split("\\.")[1],
                            rs.getString(5), rs.getString(6), rs.getString(7), stars.get(id)));
                }
            }
        }
        return rows;
    }

    private static String topLevel(String group) {
        String[] parts = group.split("\\.");
        return parts[0] + "." + parts[1];
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.toString();
    }

    private static List<Commune> communes(Connection c) throws SQLException {
        List<Commune> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select u.code, u.name, p.code, p.name "
                + "from admin_unit u join admin_unit p on p.code = u.parent_code where u.unit_level in ('COMMUNE', 'WARD') "
                + "and u.valid_to is null order by u.code")) {
            while (rs.next()) {
                list.add(new Commune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("No communes: load the demo catalogue first");
        }
        return list;
    }

    private static List<Producer> producers(Connection c, List<Commune> communes) throws SQLException {
        Map<String, Commune> byCode = new HashMap<>();
        communes.forEach(x -> byCode.put(x.code(), x));
        List<Producer> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, name, kind, commune_code from producer where status = 'VERIFIED' order by id")) {
            while (rs.next()) {
                Commune commune = byCode.get(rs.getString(4));
                if (commune != null) {
                    list.add(new Producer(rs.getLong(1), rs.getString(2), rs.getString(3), commune));
                }
            }
        }
        return list;
    }

    private List<Producer> newProducers(Connection c, int count, List<Commune> communes, List<Base> bases) throws SQLException {
        List<Producer> list = new ArrayList<>();
        OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).minusYears(3).truncatedTo(ChronoUnit.SECONDS);
        try (PreparedStatement ps = c.prepareStatement("insert into producer (id, slug, name, kind, registration_number, "
                + "legal_representative, street, commune_code, phone, email, description, status, created_at, submitted_at, version) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,'VERIFIED',?,?,0)")) {
            for (int i = 0; i < count; i++) {
                long id = PRODUCER_ID_BASE + i;
                Commune commune = communes.get(random.nextInt(communes.size()));
                String person = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
                String[] words = bases.get(random.nextInt(bases.size())).name().split(" ");
                String trade = words.length >= 2 ? words[0] + " " + words[1].toLowerCase() : words[0];
                int roll = random.nextInt(100);
                String kind = roll < 25 ? "ENTERPRISE" : roll < 55 ? "COOPERATIVE" : roll < 70 ? "COOPERATIVE_GROUP" : "HOUSEHOLD";
                String name = switch (kind) {
                    case "ENTERPRISE" -> "Công ty TNHH " + trade + " " + commune.shortName();
                    case "COOPERATIVE" -> "Hợp tác xã " + trade + " " + commune.shortName();
                    case "COOPERATIVE_GROUP" -> "Tổ hợp tác " + trade + " " + commune.shortName();
                    default -> "Hộ kinh doanh " + person;
                };
                ps.setLong(1, id);
                ps.setString(2, VietnameseText.slug(name) + "-" + id);
                ps.setString(3, name);
                ps.setString(4, kind);
                // tax codes are unique; the demo producers' start with 13
                ps.setString(5, String.valueOf(1_400_000_000L + i));
                ps.setString(6, person);
                ps.setString(7, "ấp " + (1 + random.nextInt(9)));
                ps.setString(8, commune.code());
                ps.setString(9, "0275 " + (3_000_000 + random.nextInt(999_999)));
                ps.setString(10, "lienhe" + i + "@example.vn");
                ps.setString(11, name + " sản xuất " + trade.toLowerCase() + " tại " + commune.name() + ", "
                        + commune.provinceName() + ".");
                ps.setObject(12, created);
                ps.setObject(13, created);
                ps.addBatch();
                list.add(new Producer(id, name, kind, commune));
                if (i % 500 == 499 || i == count - 1) {
                    ps.executeBatch();
                }
            }
        }
        c.commit();
        return list;
    }
}
