package org.alliancehub.content.interfaces.rest;

/** One HTTP byte range ({@code bytes=0-99}, {@code bytes=100-}, {@code bytes=-50}) within a length. */
final class ByteRange {

    private ByteRange() {
    }

    /** {start, end} inclusive, or null when the range cannot be satisfied or is not one simple range. */
    static long[] parse(String header, long length) {
        String value = header.strip();
        if (!value.startsWith("bytes=") || value.contains(",") || length == 0) {
            return null;
        }
        String spec = value.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String first = spec.substring(0, dash).strip();
            String last = spec.substring(dash + 1).strip();
            long start;
            long end;
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix <= 0) {
                    return null;
                }
                start = Math.max(0, length - suffix);
                end = length - 1;
            } else {
                start = Long.parseLong(first);
                end = last.isEmpty() ? length - 1 : Math.min(Long.parseLong(last), length - 1);
            }
            return start < 0 || start > end || start >= length ? null : new long[] {start, end};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
