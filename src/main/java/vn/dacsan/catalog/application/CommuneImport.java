package vn.dacsan.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.platform.text.VietnameseText;

/**
 * Loads the communes and wards of a province from the official list, which the operator of a
 * deployment brings (the database ships with the 34 provinces and their predecessors only; a
 * business's address and a product's origin name a commune). Idempotent: a row already there is
 * left alone or renamed, never removed, as addresses and products refer to it. A row may carry
 * the unit's name before the 1 July 2025 merger, kept as history like the provinces'.
 */
@ApplicationScoped
public class CommuneImport {

    public static final int MAX_ROWS = 5000;
    static final LocalDate MERGER_EVE = LocalDate.of(2025, 6, 30);
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+\\.[a-z0-9-]+");
    private static final Pattern UNIT_WORD = Pattern.compile("^(xã|phường|đặc khu)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    public CommuneImport() {
    }

    public CommuneImport(EntityManager em) {
        this.em = em;
    }

    /** One commune or ward: its province's code, name ("xã Chợ Lách"), COMMUNE or WARD, optional code and former name. */
    public record CommuneRow(String province, String name, String level, String code, String formerName) {
    }

    /** A row that cannot be loaded: its position and field, a stable code, a message. */
    public record Invalid(String field, String code, String message) {
    }

    public record Outcome(int added, int renamed, int unchanged) {
    }

    /** The code a row gets: its own, or the province's code, a dot and the name without "xã"/"phường". */
    public static String codeOf(CommuneRow row) {
        if (row.code() != null && !row.code().isBlank()) {
            return row.code().strip();
        }
        String bare = UNIT_WORD.matcher(row.name().strip()).replaceFirst("");
        return row.province().strip() + "." + VietnameseText.slug(bare);
    }

    /** Everything wrong with the rows, each named by its position ({@code communes[3].name}); empty when all load. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invalid> check(List<CommuneRow> rows) {
        List<Invalid> errors = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            errors.add(new Invalid("communes", "required", "Send at least one commune or ward"));
            return errors;
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(new Invalid("communes", "tooMany", "At most " + MAX_ROWS + " rows at a time"));
            return errors;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            CommuneRow row = rows.get(i);
            String at = "communes[" + i + "].";
            if (row == null) {
                errors.add(new Invalid("communes[" + i + "]", "required", "Empty row"));
                continue;
            }
            AdminUnit province = row.province() == null || row.province().isBlank() ? null
                    : em.find(AdminUnit.class, row.province().strip());
            if (province == null || province.getLevel() != AdminLevel.PROVINCE || province.getValidTo() != null) {
                errors.add(new Invalid(at + "province", "unknown", "Not the code of a current province: " + row.province()));
                continue;
            }
            if (row.name() == null || row.name().isBlank()) {
                errors.add(new Invalid(at + "name", "required", "The commune's or ward's name is required"));
                continue;
            }
            if (row.name().strip().length() > 200 || (row.formerName() != null && row.formerName().strip().length() > 200)) {
                errors.add(new Invalid(at + "name", "tooLong", "At most 200 characters"));
                continue;
            }
            AdminLevel level = level(row);
            if (level == null) {
                errors.add(new Invalid(at + "level", "unknown", "COMMUNE or WARD"));
                continue;
            }
            String code = codeOf(row);
            if (!CODE.matcher(code).matches() || !code.startsWith(province.getCode() + ".") || code.length() > 49) {
                errors.add(new Invalid(at + "code", "malformed",
                        "Lower-case letters, digits and hyphens after \"" + province.getCode() + ".\", at most 49 characters: " + code));
                continue;
            }
            if (!codes.add(code)) {
                errors.add(new Invalid(at + "code", "duplicate", "Twice in this list: " + code));
                continue;
            }
            AdminUnit existing = em.find(AdminUnit.class, code);
            if (existing != null && (existing.getLevel() != level || existing.getParent() == null
                    || !existing.getParent().getCode().equals(province.getCode()))) {
                errors.add(new Invalid(at + "code", "taken", "Already used by another kind of unit or another province: " + code));
            }
        }
        return errors;
    }

    /** Loads the rows; call {@link #check} first. */
    @Transactional
    public Outcome load(List<CommuneRow> rows) {
        List<Invalid> errors = check(rows);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid communes: " + errors);
        }
        int added = 0;
        int renamed = 0;
        int unchanged = 0;
        for (CommuneRow row : rows) {
            String code = codeOf(row);
            AdminUnit existing = em.find(AdminUnit.class, code);
            AdminUnit unit;
            if (existing == null) {
                unit = new AdminUnit(code, row.name().strip(), level(row), em.find(AdminUnit.class, row.province().strip()));
                em.persist(unit);
                added++;
            } else if (!existing.getName().equals(row.name().strip())) {
                existing.rename(row.name().strip());
                unit = existing;
                renamed++;
            } else {
                unit = existing;
                unchanged++;
            }
            if (row.formerName() != null && !row.formerName().isBlank() && em.find(AdminUnit.class, code + ".truoc-2025") == null) {
                em.persist(AdminUnit.former(code + ".truoc-2025", row.formerName().strip(), AdminLevel.COMMUNE, unit, MERGER_EVE));
            }
        }
        return new Outcome(added, renamed, unchanged);
    }

    private static AdminLevel level(CommuneRow row) {
        String level = row.level() == null ? "" : row.level().strip();
        return switch (level) {
            case "COMMUNE" -> AdminLevel.COMMUNE;
            case "WARD" -> AdminLevel.WARD;
            default -> null;
        };
    }
}
