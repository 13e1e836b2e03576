package org.quanze.casefile.web;

/**
 * One CSV cell of a case-list export: quoted when it holds a separator, a quote or a line break, and a text starting
 * with = + - @ tab or CR prefixed with an apostrophe so a spreadsheet does not run it as a formula (CSV injection).
 * To be replaced by the shared CSV writer once there is one.
 */
final class CaseCsv {

    private CaseCsv() {
    }

    static String cell(Object value) {
        if (value == null) return "";
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
