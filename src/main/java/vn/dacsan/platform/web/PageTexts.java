package vn.dacsan.platform.web;

/** The bundle's messages in the page's language, for parts of a page written in Java. */
@FunctionalInterface
public interface PageTexts {

    /** The message for {@code key}, with {0}-style arguments. */
    String text(String key, Object... args);
}
