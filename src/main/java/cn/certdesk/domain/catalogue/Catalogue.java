package cn.certdesk.domain.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The certificate catalogue: every kind people ask a station for, in file order, with
 * lookup, grouping, search and the R01 classification. Built by {@link CatalogueReader}
 * (which validates the data); the catalogue itself only insists on unique codes.
 * Immutable and thread-safe.
 */
public final class Catalogue {

    /** The number of issue kinds the province prescribes (001: 51 → 9 kinds; R17). */
    public static final int ISSUE_KIND_COUNT = 9;

    private final int formatVersion;
    private final String edition;
    private final List<CertificateKind> kinds;
    private final Map<String, CertificateKind> byCode;

    /**
     * @param formatVersion the file format version the data was read from
     * @param edition       the data edition (changes whenever the province publishes new data)
     * @param kinds         all kinds, in display order
     * @throws IllegalArgumentException if two kinds share a code
     */
    public Catalogue(int formatVersion, String edition, List<CertificateKind> kinds) {
        this.formatVersion = formatVersion;
        this.edition = Objects.requireNonNull(edition, "edition");
        this.kinds = List.copyOf(kinds);
        Map<String, CertificateKind> index = new LinkedHashMap<>();
        for (CertificateKind kind : this.kinds) {
            if (index.putIfAbsent(kind.code(), kind) != null) {
                throw new IllegalArgumentException("duplicate certificate kind code: " + kind.code());
            }
        }
        this.byCode = Map.copyOf(index);
    }

    /** @return the file format version */
    public int formatVersion() {
        return formatVersion;
    }

    /** @return the data edition */
    public String edition() {
        return edition;
    }

    /** @return every kind, in file order, unmodifiable */
    public List<CertificateKind> all() {
        return kinds;
    }

    /** @return the kind with {@code code}, if any */
    public Optional<CertificateKind> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @return the kinds of one group, in file order */
    public List<CertificateKind> inGroup(CertificateGroup group) {
        return kinds.stream().filter(kind -> kind.group() == group).toList();
    }

    /**
     * R01: whether a request for {@code kind} must be refused with a reason rather than
     * issued — true for every exchange and abolished kind.
     */
    public boolean requiresRefusal(CertificateKind kind) {
        return !kind.group().issuable();
    }

    /**
     * Finds kinds by what the applicant says: a kind matches if its name, an alias or its
     * code contains the query, or the query contains its name or an alias (so 我要开无犯罪
     * 记录证明 finds 无违法犯罪记录核查证明 through the alias 无犯罪记录证明). Whitespace is
     * ignored, ASCII case too. Best matches first: exact name or alias, then the name or an
     * alias containing the query, then the query containing one; ties in file order.
     * An empty query finds nothing. An empty result means the request is outside the
     * catalogue (R01 outside-scope).
     */
    public List<CertificateKind> search(String query) {
        String needle = normalize(query);
        if (needle.isEmpty()) {
            return List.of();
        }
        record Hit(CertificateKind kind, int rank, int order) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            CertificateKind kind = kinds.get(i);
            int rank = rank(kind, needle);
            if (rank < Integer.MAX_VALUE) {
                hits.add(new Hit(kind, rank, i));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::order));
        return hits.stream().map(Hit::kind).toList();
    }

    private static int rank(CertificateKind kind, String needle) {
        List<String> words = new ArrayList<>();
        words.add(kind.name());
        words.addAll(kind.aliases());
        int best = Integer.MAX_VALUE;
        for (String word : words) {
            String candidate = normalize(word);
            if (candidate.isEmpty()) {
                continue;
            }
            if (candidate.equals(needle)) {
                best = Math.min(best, 0);
            } else if (candidate.contains(needle)) {
                best = Math.min(best, 1);
            } else if (candidate.length() >= 2 && needle.contains(candidate)) {
                best = Math.min(best, 2);
            }
        }
        if (best == Integer.MAX_VALUE && normalize(kind.code()).contains(needle)) {
            best = 3;
        }
        return best;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
