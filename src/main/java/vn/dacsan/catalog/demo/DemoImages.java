package vn.dacsan.catalog.demo;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Draws simple SVG product pictures for the demo catalogue: a motif on a coloured card. */
final class DemoImages {

    private static final String DEFAULT_MOTIF = "jar";

    private static final Map<String, String> MOTIFS = Map.ofEntries(
            Map.entry("candy", "<rect x='120' y='170' width='160' height='70' rx='16' fill='#fff8e7' stroke='#6b4226' stroke-width='6'/>"
                    + "<path d='M120 205 L80 175 L80 235 Z M280 205 L320 175 L320 235 Z' fill='#fff8e7' stroke='#6b4226' stroke-width='6'/>"),
            Map.entry("fruit", "<circle cx='200' cy='200' r='85' fill='#f9d56e' stroke='#7a5c00' stroke-width='6'/>"
                    + "<path d='M200 115 q10 -40 45 -45' stroke='#3d6b21' stroke-width='8' fill='none'/>"),
            Map.entry("durian", "<ellipse cx='200' cy='205' rx='95' ry='80' fill='#b5c94b' stroke='#4d5a12' stroke-width='6'/>"
                    + "<path d='M130 170 l12 -14 l12 14 M180 150 l12 -14 l12 14 M230 160 l12 -14 l12 14 M160 220 l12 -14 l12 14 M220 230 l12 -14 l12 14' stroke='#4d5a12' stroke-width='5' fill='none'/>"),
            Map.entry("pomelo", "<circle cx='200' cy='210' r='90' fill='#8cc152' stroke='#3b6e1a' stroke-width='6'/>"
                    + "<path d='M190 120 q-30 -40 10 -55 q30 20 -10 55' fill='#3b6e1a'/>"),
            Map.entry("mango", "<path d='M130 250 q-30 -120 90 -140 q90 10 60 120 q-40 70 -150 20z' fill='#ffb400' stroke='#8a5a00' stroke-width='6'/>"),
            Map.entry("honey", "<rect x='140' y='130' width='120' height='140' rx='18' fill='#f4a300' stroke='#7a4f00' stroke-width='6'/>"
                    + "<rect x='150' y='110' width='100' height='25' rx='6' fill='#7a4f00'/>"),
            Map.entry("bottle", "<path d='M180 90 h40 v50 q30 20 30 60 v90 h-100 v-90 q0 -40 30 -60z' fill='#e8f4fa' stroke='#2f5d73' stroke-width='6'/>"),
            Map.entry("jar", "<rect x='135' y='140' width='130' height='130' rx='20' fill='#fffdf5' stroke='#5b4636' stroke-width='6'/>"
                    + "<rect x='145' y='115' width='110' height='30' rx='8' fill='#c0392b'/>"),
            Map.entry("rice-paper", "<circle cx='200' cy='200' r='95' fill='#fff9ef' stroke='#a07a4a' stroke-width='6'/>"
                    + "<circle cx='200' cy='200' r='60' fill='none' stroke='#e3c9a0' stroke-width='4' stroke-dasharray='6 8'/>"),
            Map.entry("fish", "<path d='M110 200 q70 -80 160 0 q-90 80 -160 0z' fill='#d9a066' stroke='#6b4a2b' stroke-width='6'/>"
                    + "<path d='M270 200 l45 -35 v70z' fill='#d9a066' stroke='#6b4a2b' stroke-width='6'/>"),
            Map.entry("shrimp", "<path d='M140 250 q-20 -120 90 -120 q60 10 50 60' fill='none' stroke='#e4572e' stroke-width='26' stroke-linecap='round'/>"),
            Map.entry("broom", "<rect x='192' y='70' width='16' height='150' fill='#8d6e63'/>"
                    + "<path d='M150 220 h100 l25 90 h-150z' fill='#e0c068' stroke='#8a6d1f' stroke-width='6'/>"),
            Map.entry("basket", "<path d='M110 190 h180 l-25 95 h-130z' fill='#c8a165' stroke='#6d4c1f' stroke-width='6'/>"
                    + "<path d='M140 190 q60 -110 120 0' fill='none' stroke='#6d4c1f' stroke-width='8'/>"),
            Map.entry("bowl", "<path d='M110 190 h180 q0 90 -90 90 q-90 0 -90 -90z' fill='#7b4b2a' stroke='#3e2615' stroke-width='6'/>"),
            Map.entry("flower", "<circle cx='200' cy='150' r='30' fill='#ff6f91'/><circle cx='165' cy='185' r='30' fill='#ff6f91'/>"
                    + "<circle cx='235' cy='185' r='30' fill='#ff6f91'/><circle cx='200' cy='215' r='30' fill='#ff6f91'/>"
                    + "<circle cx='200' cy='185' r='18' fill='#ffd166'/><rect x='196' y='240' width='8' height='70' fill='#2d6a4f'/>"),
            Map.entry("bonsai", "<rect x='150' y='250' width='100' height='40' rx='6' fill='#7f5539'/>"
                    + "<path d='M200 250 q-10 -60 20 -100' stroke='#5c3d2e' stroke-width='12' fill='none'/>"
                    + "<circle cx='170' cy='150' r='45' fill='#40916c'/><circle cx='240' cy='130' r='45' fill='#52b788'/>"),
            Map.entry("bird", "<ellipse cx='200' cy='210' rx='80' ry='55' fill='#f4d35e' stroke='#806d1b' stroke-width='6'/>"
                    + "<circle cx='255' cy='170' r='35' fill='#f4d35e' stroke='#806d1b' stroke-width='6'/>"
                    + "<path d='M285 170 l25 8 l-25 8z' fill='#ee964b'/><circle cx='262' cy='163' r='5' fill='#222'/>"),
            Map.entry("leaf", "<path d='M120 280 q0 -170 170 -170 q0 170 -170 170z' fill='#74c69d' stroke='#1b4332' stroke-width='6'/>"
                    + "<path d='M120 280 l150 -150' stroke='#1b4332' stroke-width='5'/>"),
            Map.entry("boat", "<path d='M90 240 h220 l-40 45 h-140z' fill='#8d5524' stroke='#4a2c10' stroke-width='6'/>"
                    + "<path d='M200 100 v135 M200 110 l70 100 h-70' fill='#f8f1e5' stroke='#4a2c10' stroke-width='5'/>"),
            Map.entry("cup", "<path d='M130 150 h130 v80 q0 50 -65 50 q-65 0 -65 -50z' fill='#fdf0d5' stroke='#6f1d1b' stroke-width='6'/>"
                    + "<path d='M260 170 q40 0 40 30 q0 30 -40 30' fill='none' stroke='#6f1d1b' stroke-width='6'/>"));

    private DemoImages() {
    }

    static byte[] draw(String motif, String color, String caption) {
        String background = color != null && color.matches("#[0-9a-fA-F]{6}") ? color : "#d8e2dc";
        String shape = MOTIFS.getOrDefault(motif, MOTIFS.get(DEFAULT_MOTIF));
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='400' viewBox='0 0 400 400' role='img'>"
                + "<title>" + escape(caption) + "</title>"
                + "<defs><linearGradient id='g' x1='0' y1='0' x2='0' y2='1'>"
                + "<stop offset='0' stop-color='" + background + "' stop-opacity='0.35'/>"
                + "<stop offset='1' stop-color='" + background + "' stop-opacity='0.9'/></linearGradient></defs>"
                + "<rect width='400' height='400' fill='#ffffff'/><rect width='400' height='400' fill='url(#g)'/>"
                + shape
                + "<rect x='0' y='330' width='400' height='70' fill='#ffffff' fill-opacity='0.82'/>"
                + "<text x='200' y='373' text-anchor='middle' font-family='sans-serif' font-size='24' fill='#1f2933'>"
                + escape(caption.length() > 28 ? caption.substring(0, 27) + "…" : caption) + "</text></svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    /** A second picture: the product's label, as on its packaging. */
    static byte[] label(String name, String producer, String unit, String color) {
        String accent = color != null && color.matches("#[0-9a-fA-F]{6}") ? color : "#2d6a4f";
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='400' viewBox='0 0 400 400' role='img'>"
                + "<title>" + escape(name) + "</title>"
                + "<rect width='400' height='400' fill='#faf7f0'/>"
                + "<rect x='30' y='30' width='340' height='340' rx='24' fill='#ffffff' stroke='" + accent + "' stroke-width='10'/>"
                + "<rect x='30' y='30' width='340' height='70' rx='24' fill='" + accent + "'/>"
                + "<text x='200' y='78' text-anchor='middle' font-family='sans-serif' font-size='26' font-weight='bold' fill='#ffffff'>OCOP</text>"
                + line(name, 170, 30, "#1f2933", "bold")
                + line(unit, 225, 22, "#4a5560", "normal")
                + line(producer, 300, 18, "#4a5560", "normal")
                + "</svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String text, int y, int size, String fill, String weight) {
        String shown = text.length() > 30 ? text.substring(0, 29) + "…" : text;
        return "<text x='200' y='" + y + "' text-anchor='middle' font-family='sans-serif' font-size='" + size
                + "' font-weight='" + weight + "' fill='" + fill + "'>" + escape(shown) + "</text>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
