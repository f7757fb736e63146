package vn.dacsan.payment.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dacsan.payment.domain.PaymentMethod;
import vn.dacsan.payment.domain.PaymentProvider;

/** Finds the provider of a payment method among every {@link PaymentProvider} bean. */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    @Any
    Instance<PaymentProvider> discovered;

    private Map<PaymentMethod, PaymentProvider> byMethod;

    public PaymentProviders() {
    }

    public PaymentProviders(List<PaymentProvider> providers) {
        byMethod = index(providers);
    }

    @PostConstruct
    void init() {
        byMethod = index(discovered.stream().toList());
    }

    private static Map<PaymentMethod, PaymentProvider> index(List<PaymentProvider> providers) {
        Map<PaymentMethod, PaymentProvider> index = new EnumMap<>(PaymentMethod.class);
        for (PaymentProvider provider : providers) {
            if (index.putIfAbsent(provider.method(), provider) != null) {
                throw new IllegalStateException("Two payment providers for " + provider.method());
            }
        }
        return index;
    }

    /** The provider of {@code method}; a method nobody provides is refused with the ones on offer. */
    public PaymentProvider provider(PaymentMethod method) {
        if (method == null) {
            throw new IllegalArgumentException("Payment method is missing; offered: " + methods());
        }
        PaymentProvider provider = byMethod.get(method);
        if (provider == null) {
            throw new IllegalArgumentException("Payment method " + method + " is not offered; offered: " + methods());
        }
        return provider;
    }

    /** The provider of the method a form or API body names ("COD", "VIETQR"). */
    public PaymentProvider provider(String methodCode) {
        return provider(PaymentMethod.parse(methodCode));
    }

    /** The methods checkout offers, in the order it lists them (cash on delivery first). */
    public List<PaymentMethod> methods() {
        return Arrays.stream(PaymentMethod.values()).filter(byMethod::containsKey).toList();
    }
}
