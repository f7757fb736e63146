package vn.dacsan.cart.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dacsan.account.domain.Account;
import vn.dacsan.cart.domain.Cart;
import vn.dacsan.cart.domain.CartLine;
import vn.dacsan.cart.domain.SavedCartLine;

/**
 * The carts of logged-in accounts in the database, so they outlive a logout and follow the
 * account to another device. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class AccountCarts {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    public AccountCarts() {
    }

    public AccountCarts(EntityManager em) {
        this.em = em;
    }

    /**
     * The account's cart. For a change, the account row is locked first, so two tabs or devices
     * changing one cart at once take turns instead of losing a line (or tripping the unique key).
     */
    public Cart load(long accountId, boolean forChange) {
        if (forChange && em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        return new Cart(rows(accountId).stream().map(SavedCartLine::line).toList());
    }

    /** Writes the cart back: lines gone are deleted, changed ones updated, new ones inserted. */
    public void save(long accountId, Cart cart) {
        Map<Long, SavedCartLine> stored = rows(accountId).stream()
                .collect(Collectors.toMap(SavedCartLine::getProductId, Function.identity()));
        for (CartLine line : cart.lines()) {
            SavedCartLine row = stored.remove(line.productId());
            if (row == null) {
                em.persist(new SavedCartLine(accountId, line));
            } else {
                row.copy(line);
            }
        }
        stored.values().forEach(em::remove);
        em.flush();
    }

    public int itemCount(long accountId) {
        Number count = (Number) em.createQuery("select sum(l.quantity) from SavedCartLine l where l.accountId = :account")
                .setParameter("account", accountId)
                .getSingleResult();
        return count == null ? 0 : count.intValue();
    }

    private List<SavedCartLine> rows(long accountId) {
        return em.createQuery("select l from SavedCartLine l where l.accountId = :account order by l.addedAt, l.id", SavedCartLine.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}
