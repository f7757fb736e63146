package vn.dacsan.department.domain;

/**
 * What staff edit on a unit: its names, contacts and page text in both languages. Blank
 * optional fields are null; page text is plain paragraphs separated by blank lines.
 */
public record UnitContent(String nameVi, String nameEn, String address, String phones, String email, String website,
                          String bodyVi, String bodyEn) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_PHONES = 120;
    public static final int MAX_WEBSITE = 300;
    public static final int MAX_BODY = 20_000;
}
