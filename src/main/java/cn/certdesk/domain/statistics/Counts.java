package cn.certdesk.domain.statistics;

/**
 * How many certificates were issued, requests refused, applications voided and certificates
 * reprinted (R17). Immutable value.
 */
public record Counts(int issued, int refused, int voided, int reprinted) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(issued + other.issued, refused + other.refused, voided + other.voided,
                reprinted + other.reprinted);
    }

    Counts plusIssued() {
        return new Counts(issued + 1, refused, voided, reprinted);
    }

    Counts plusRefused() {
        return new Counts(issued, refused + 1, voided, reprinted);
    }

    Counts plusVoided() {
        return new Counts(issued, refused, voided + 1, reprinted);
    }

    Counts plusReprinted() {
        return new Counts(issued, refused, voided, reprinted + 1);
    }
}
