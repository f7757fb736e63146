package vn.dacsan.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dacsan.cart.domain.Cart;
import vn.dacsan.cart.domain.CartLine;
import vn.dacsan.order.application.OrderView;
import vn.dacsan.platform.security.SignedIn;

/**
 * What a session holds must survive being copied to another instance of the cluster: the
 * login, the cart, the order shown after checkout, and every view-scoped page bean with what
 * it keeps (its injected services are container proxies, which serialize as references).
 */
class SessionStateTest {

    @Test
    void loginCartAndConfirmedOrderSurviveACopy() throws Exception {
        SignedIn login = new SignedIn("khach@demo.dacsan.vn", Set.of("SHOPPER"));
        Cart cart = new Cart(List.of(new CartLine(42L, 3, 65_000L, Instant.parse("2026-11-26T08:00:00Z"))));
        OrderView order = new OrderView(7L, "DS-2026-000007", Instant.parse("2026-11-26T08:05:00Z"),
                new OrderView.Delivery("Nguyễn Văn A", "0901234567", null, "vinh-long", "Vĩnh Long", "an-hoi", "An Hội",
                        "12 Đường 30/4", null),
                "COD", "NOT_REQUIRED", null, 195_000L,
                List.of(new OrderView.SubOrderView(8L, 3L, "Kẹo dừa An Hội", "PLACED", 195_000L, null,
                        List.of(new OrderView.ItemView(42L, "Kẹo dừa sầu riêng", "hộp", 65_000L, 3, 195_000L)),
                        List.of(new OrderView.StepView(null, "PLACED", "khach@demo.dacsan.vn", Instant.parse("2026-11-26T08:05:00Z"), null)))));

        assertThat(copy(login)).isEqualTo(login);
        assertThat(copy(cart).lines()).isEqualTo(cart.lines());
        assertThat(copy(order)).isEqualTo(order);
    }

    @Test
    void everyViewScopedPageKeepsOnlySerializableState() throws Exception {
        List<Class<?>> pages = viewScopedClasses();
        assertThat(pages).as("view-scoped pages found").hasSizeGreaterThanOrEqualTo(5);
        List<String> problems = new ArrayList<>();
        for (Class<?> page : pages) {
            if (!Serializable.class.isAssignableFrom(page)) {
                problems.add(page.getSimpleName() + " is not Serializable");
            }
            checkFields(page, page.getSimpleName(), new HashSet<>(), problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)) {
                    continue;
                }
                String where = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    if (Modifier.isTransient(modifiers)) {
                        problems.add(where + " is injected but transient: null after the session moves to another instance");
                    }
                    continue;
                }
                if (!Modifier.isTransient(modifiers)) {
                    checkType(field.getGenericType(), where, seen, problems);
                }
            }
        }
    }

    private static void checkType(Type type, String where, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, where, seen, problems);
            }
            checkType(parameterized.getRawType(), where, seen, problems);
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
            return;
        }
        boolean collection = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
        if (!Serializable.class.isAssignableFrom(c) && !(c.isInterface() && collection)) {
            problems.add(where + " holds a " + c.getName() + ", which is not Serializable");
        } else if (c.getName().startsWith("vn.dacsan.")) {
            checkFields(c, c.getSimpleName(), seen, problems);
        }
    }

    private static List<Class<?>> viewScopedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ViewScopedMarker.CLASSES.toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("vn/dacsan"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /** Where the application's compiled classes are (target/classes). */
    private static final class ViewScopedMarker {
        static final java.net.URL CLASSES = OrderView.class.getProtectionDomain().getCodeSource().getLocation();
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
