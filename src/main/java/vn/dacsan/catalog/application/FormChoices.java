package vn.dacsan.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.OcopGroup;

/** What listing forms offer to choose from and how stored codes read: OCOP groups and places (pickers use AdminUnitDirectory). */
@ApplicationScoped
public class FormChoices {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    /** A choice in a select: its code and its label in the page's language. */
    public record Choice(String code, String label) {
    }

    /** The sub-groups of the current classification, labelled "Group › Sub-group". */
    public List<Choice> groups(boolean english) {
        Object taxonomy = em.createNativeQuery("select code from ocop_taxonomy where is_current = true").getSingleResult();
        return em.createQuery("select g from OcopGroup g where g.taxonomy = :taxonomy order by g.code", OcopGroup.class)
                .setParameter("taxonomy", taxonomy)
                .getResultStream()
                .filter(g -> g.getParent() != null)
                .sorted((a, b) -> a.getParent().getPosition() != b.getParent().getPosition()
                        ? Integer.compare(a.getParent().getPosition(), b.getParent().getPosition())
                        : Integer.compare(a.getPosition(), b.getPosition()))
                .map(g -> new Choice(g.getCode(), g.getParent().name(english) + " › " + g.name(english)))
                .toList();
    }

    /** The province a commune or ward belongs to, or null. */
    public String provinceOf(String communeCode) {
        if (communeCode == null) {
            return null;
        }
        AdminUnit unit = em.find(AdminUnit.class, communeCode);
        return unit == null || unit.getParent() == null ? null : unit.getParent().getCode();
    }

    /** How a stored value reads for people: group and place codes become names; other text stays. */
    public String label(String field, String value, boolean english) {
        if (value == null) {
            return null;
        }
        if (field.equals("groupCode")) {
            OcopGroup group = em.find(OcopGroup.class, value);
            return group == null ? value
                    : (group.getParent() == null ? "" : group.getParent().name(english) + " › ") + group.name(english);
        }
        if (field.equals("originCode")) {
            AdminUnit unit = em.find(AdminUnit.class, value);
            return unit == null ? value : unit.getName() + (unit.getParent() == null ? "" : ", " + unit.getParent().getName());
        }
        return value;
    }
}
