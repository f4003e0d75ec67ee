package org.mdc.report;

/** Escaping and the shared page frame of the HTML reports: self-contained, no external files. */
final class Html {

  private Html() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(Printable.unsafe(c) && c != '\n' && c != '\t' ? '\uFFFD' : c); // controls, bidi overrides
      }
    }
    return out.toString();
  }

  /** The document head with its inline styles; readable on screen, at 200% zoom and in print. */
  static String head(String title) {
    return head(title, 64);
  }

  /** As {@link #head(String)}, for a page at most {@code maxWidthRem} wide. */
  static String head(String title, int maxWidthRem) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"mdc\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n"
        + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:1.5rem auto;"
        + "max-width:" + maxWidthRem + "rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}\n"
        + "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}\n"
        + "table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}\n"
        + "caption{text-align:left;font-weight:600;padding:.3rem 0}\n"
        + "th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left;vertical-align:top}\n"
        + "th{background:#eef1f5}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
        + ".error{color:#a40000;font-weight:600}.warning{color:#8a5a00;font-weight:600}.info{color:#1d4f7a}\n"
        + ".chart{max-width:100%;height:auto}.note{font-size:.85rem;color:#444}\n"
        + ".page{display:flex;flex-direction:column}.page .first{order:-1}\n"
        + "code{font-size:.85em}.scroll{overflow-x:auto}.scroll table{font-size:.82rem}\n"
        + "@media print{body{max-width:none;margin:0}h2{break-after:avoid}svg{break-inside:avoid}"
        + ".scroll{overflow:visible}}\n"
        + "</style>\n</head>\n<body>\n";
  }

  static String tail() {
    return "<p class=\"note\">Made by mdc, the mission-design calculator. Every figure names its rule; every rule"
        + " its source. Rules of thumb from the literature: they inform judgment, they do not replace it.</p>\n"
        + "</body>\n</html>\n";
  }

  /** A number for an SVG attribute, with one decimal at most. */
  static String coordinate(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : Figures.tenths(tenths);
  }
}
