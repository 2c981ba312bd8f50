package cn.certdesk.domain.catalogue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the certificate catalogue file (JSON, UTF-8).
 *
 * <h2>Format (formatVersion 1)</h2>
 * <pre>
 * { "formatVersion": 1, "edition": "…", "entries": [ { …kind… }, … ] }
 * </pre>
 * Every entry has {@code code} (ASCII, {@code [A-Z][A-Z0-9_]*}, unique), {@code name},
 * {@code group} ({@code issue | exchange | abolished_provincial | abolished_local}),
 * {@code aliases} (array of strings, may be empty), {@code legalBasis}, {@code source},
 * {@code provisional} (boolean).
 * <ul>
 * <li>{@code issue} entries also have {@code handlingRole} ({@code HOUSEHOLD_OFFICER |
 * COMMUNITY_OFFICER | EITHER}), {@code sealType} ({@code HOUSEHOLD_REGISTER_SEAL |
 * OFFICIAL_SEAL}), {@code headApproval}, {@code stubRequired}, {@code investigation}
 * (booleans), {@code timeLimitWorkingDays} (0 = on the spot; greater than 0 exactly when
 * {@code investigation}, R09) and {@code requiredFields} (non-empty array of
 * {@code {"id", "label", "type", "optional"?, "prefill"?, "maxLength"?}}, type one of
 * {@link FieldType}; {@code prefill} names where the issuing form takes the value from, e.g.
 * {@code applicant.name}, {@code relative.relation}, {@code today}; {@code maxLength} defaults by
 * type) and, optionally, {@code verification} ({@code none | record | special}, default none: R07
 * kinds record what was verified, {@code special} kinds bring their own section, R10–R12).</li>
 * <li>every other entry has {@code refusalReason}, {@code useInstead} and {@code contact}
 * (R01, R02); {@code exchange} entries also {@code requester}.</li>
 * </ul>
 * A field that belongs to another group must be absent or {@code null}; unknown fields are
 * errors (they are usually typos). The file must hold exactly {@value Catalogue#ISSUE_KIND_COUNT}
 * issue kinds (R17). Every problem raises a {@link CatalogueException} naming the entry
 * (1-based index and code) and the field.
 *
 * <p>Thread-safe: the only state is a configured {@link ObjectMapper}, used read-only.
 */
public final class CatalogueReader {

    /** Class-path location of the bundled catalogue. */
    public static final String BUNDLED_RESOURCE = "/cn/certdesk/domain/catalogue/catalogue.json";

    /** The only format version this reader understands. */
    public static final int SUPPORTED_FORMAT_VERSION = 1;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern FIELD_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> TOP_LEVEL = Set.of("formatVersion", "edition", "entries");
    private static final Set<String> COMMON = Set.of(
            "code", "name", "group", "aliases", "legalBasis", "source", "provisional");
    private static final Set<String> ISSUE_ONLY = Set.of(
            "handlingRole", "sealType", "headApproval", "stubRequired", "investigation",
            "timeLimitWorkingDays", "requiredFields", "verification");
    private static final Set<String> REFUSAL_ONLY = Set.of("refusalReason", "useInstead", "contact");
    private static final Set<String> EXCHANGE_ONLY = Set.of("requester");
    private static final Set<String> FIELD_KEYS = Set.of("id", "label", "type", "optional", "prefill", "maxLength");
    /** Where a field's value can come from (R06); resolved by {@code domain.application.FormPrefill}. */
    private static final Pattern PREFILL = Pattern.compile("(applicant|relative)\\.[a-z][A-Za-z]*|today");

    private final ObjectMapper mapper;

    public CatalogueReader() {
        this.mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Reads the catalogue shipped with the application.
     *
     * @throws CatalogueException if it is missing or invalid
     */
    public Catalogue readBundled() {
        InputStream in = CatalogueReader.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new CatalogueException("内置证明目录缺失：" + BUNDLED_RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads a catalogue file outside the application (e.g. one pushed by the provincial sync).
     *
     * @throws IOException        if the file cannot be opened
     * @throws CatalogueException if it is invalid
     */
    public Catalogue readFile(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    /** Reads a catalogue from a JSON string. @throws CatalogueException if it is invalid */
    public Catalogue read(String json) {
        return read(new StringReader(json));
    }

    /**
     * Reads a catalogue; the reader is read to the end and closed.
     *
     * @throws CatalogueException if the text is not JSON or the catalogue is invalid
     */
    public Catalogue read(Reader source) {
        Objects.requireNonNull(source, "source");
        JsonNode root;
        try (Reader in = source) {
            root = mapper.readTree(in);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : "（第" + where.getLineNr() + "行第" + where.getColumnNr() + "列）";
            throw new CatalogueException("证明目录不是有效的 JSON" + position + "：" + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogueException("证明目录读取失败：" + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new CatalogueException("证明目录应为 JSON 对象 {\"formatVersion\": …, \"edition\": …, \"entries\": […]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_LEVEL.contains(name)) {
                throw new CatalogueException("证明目录字段 " + name + " 未知");
            }
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || version.isNull()) {
            throw new CatalogueException("证明目录字段 formatVersion 缺失");
        }
        if (!version.isInt() || version.intValue() != SUPPORTED_FORMAT_VERSION) {
            throw new CatalogueException("证明目录字段 formatVersion 为 " + version
                    + "，本程序只支持 " + SUPPORTED_FORMAT_VERSION);
        }
        JsonNode edition = root.get("edition");
        if (edition == null || !edition.isTextual() || edition.asText().isBlank()) {
            throw new CatalogueException("证明目录字段 edition 缺失或不是非空字符串");
        }
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new CatalogueException("证明目录字段 entries 缺失或不是数组");
        }
        List<CertificateKind> kinds = new ArrayList<>();
        Map<String, Integer> indexOfCode = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CertificateKind kind = new EntryReader(i + 1, entries.get(i)).read();
            Integer earlier = indexOfCode.putIfAbsent(kind.code(), i + 1);
            if (earlier != null) {
                throw new CatalogueException(String.format("目录第%d项（%s）字段 code 与第%d项重复",
                        i + 1, kind.code(), earlier));
            }
            kinds.add(kind);
        }
        long issueKinds = kinds.stream().filter(CertificateKind::issuable).count();
        if (issueKinds != Catalogue.ISSUE_KIND_COUNT) { // R17: 51 → 9 kinds
            throw new CatalogueException("证明目录中 group 为 issue 的证明应为 " + Catalogue.ISSUE_KIND_COUNT
                    + " 种（省厅规定，R17），实际为 " + issueKinds + " 种");
        }
        return new Catalogue(version.intValue(), edition.asText(), kinds);
    }

    /** Reads one entry; not shared, so it may keep the entry's position in fields. */
    private static final class EntryReader {

        private final int index;
        private final JsonNode node;
        private String code = "无代码";

        EntryReader(int index, JsonNode node) {
            this.index = index;
            this.node = node;
        }

        CertificateKind read() {
            if (node == null || !node.isObject()) {
                throw new CatalogueException(String.format("目录第%d项不是 JSON 对象", index));
            }
            code = requiredText("code");
            if (!CODE.matcher(code).matches()) {
                throw error("code", "应为大写 ASCII 字母、数字和下划线（如 ISSUE_KINSHIP），实际为“" + code + "”");
            }
            String name = requiredText("name");
            CertificateGroup group = group();
            rejectUnknownFields();

            List<String> aliases = aliases();
            String legalBasis = requiredText("legalBasis");
            String source = requiredText("source");
            boolean provisional = requiredBoolean("provisional");

            if (group.issuable()) {
                for (String field : REFUSAL_ONLY) {
                    mustBeAbsent(field, group);
                }
                mustBeAbsent("requester", group);
                HandlingRole handlingRole = enumValue("handlingRole", HandlingRole.class);
                SealType sealType = enumValue("sealType", SealType.class);
                boolean headApproval = requiredBoolean("headApproval");
                boolean stubRequired = requiredBoolean("stubRequired");
                boolean investigation = requiredBoolean("investigation");
                int timeLimit = requiredInt("timeLimitWorkingDays");
                if (timeLimit < 0) {
                    throw error("timeLimitWorkingDays", "不能为负数");
                }
                if (investigation != (timeLimit > 0)) { // R09: on the spot, or a time limit when investigation is needed
                    throw error("timeLimitWorkingDays", investigation
                            ? "需要调查核实（investigation 为 true）时应大于 0（R09：5 个工作日）"
                            : "不需要调查核实时应为 0（当场出具，R09）");
                }
                List<RequiredField> fields = requiredFields();
                VerificationProcedure verification = verification();
                return new CertificateKind(code, name, group, aliases, legalBasis, source, provisional,
                        null, null, null, null, handlingRole, sealType, headApproval, stubRequired,
                        investigation, timeLimit, fields, verification);
            }
            for (String field : ISSUE_ONLY) {
                mustBeAbsent(field, group);
            }
            // R01, R02: every refusal says why, what to use instead and whom to contact.
            String refusalReason = requiredText("refusalReason");
            String useInstead = requiredText("useInstead");
            String contact = requiredText("contact");
            String requester = null;
            if (group == CertificateGroup.EXCHANGE) {
                requester = requiredText("requester");
            } else {
                mustBeAbsent("requester", group);
            }
            return new CertificateKind(code, name, group, aliases, legalBasis, source, provisional,
                    refusalReason, useInstead, contact, requester, null, null, false, false, false, 0, List.of());
        }

        private CertificateGroup group() {
            String value = requiredText("group");
            try {
                return CertificateGroup.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw error("group", "取值“" + value + "”无效，应为 issue、exchange、abolished_provincial 或 abolished_local");
            }
        }

        private void rejectUnknownFields() {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                boolean known = COMMON.contains(field) || ISSUE_ONLY.contains(field)
                        || REFUSAL_ONLY.contains(field) || EXCHANGE_ONLY.contains(field);
                if (!known) {
                    throw error(field, "未知（拼写错误？）");
                }
            }
        }

        private List<String> aliases() {
            JsonNode value = present("aliases");
            if (!value.isArray()) {
                throw error("aliases", "应为字符串数组");
            }
            List<String> aliases = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode alias = value.get(i);
                if (!alias.isTextual() || alias.asText().isBlank()) {
                    throw error("aliases[" + i + "]", "应为非空字符串");
                }
                aliases.add(alias.asText().strip());
            }
            return aliases;
        }

        private List<RequiredField> requiredFields() {
            JsonNode value = present("requiredFields");
            if (!value.isArray() || value.isEmpty()) {
                throw error("requiredFields", "应为非空数组");
            }
            List<RequiredField> fields = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < value.size(); i++) {
                String path = "requiredFields[" + i + "]";
                JsonNode field = value.get(i);
                if (!field.isObject()) {
                    throw error(path, "应为对象 {\"id\", \"label\", \"type\"}");
                }
                for (Iterator<String> names = field.fieldNames(); names.hasNext(); ) {
                    String key = names.next();
                    if (!FIELD_KEYS.contains(key)) {
                        throw error(path + "." + key, "未知（拼写错误？）");
                    }
                }
                String id = text(field, path + ".id");
                if (!FIELD_ID.matcher(id).matches()) {
                    throw error(path + ".id", "应为小写字母开头的 ASCII 标识（如 applicantName），实际为“" + id + "”");
                }
                if (!ids.add(id)) {
                    throw error(path + ".id", "“" + id + "”重复");
                }
                String label = text(field, path + ".label");
                String typeName = text(field, path + ".type");
                FieldType type;
                try {
                    type = FieldType.valueOf(typeName);
                } catch (IllegalArgumentException e) {
                    throw error(path + ".type", "取值“" + typeName + "”无效，应为 " + names(FieldType.values()));
                }
                JsonNode optional = field.get("optional");
                if (optional != null && !optional.isNull() && !optional.isBoolean()) {
                    throw error(path + ".optional", "应为 true 或 false");
                }
                JsonNode prefill = field.get("prefill");
                String prefillSource = null;
                if (prefill != null && !prefill.isNull()) {
                    if (!prefill.isTextual() || !PREFILL.matcher(prefill.asText()).matches()) {
                        throw error(path + ".prefill", "应为 applicant.xxx、relative.xxx 或 today，实际为“"
                                + prefill.asText() + "”");
                    }
                    prefillSource = prefill.asText();
                }
                JsonNode maxLength = field.get("maxLength");
                int limit = type.defaultMaxLength();
                if (maxLength != null && !maxLength.isNull()) {
                    if (!maxLength.canConvertToInt() || !maxLength.isIntegralNumber() || maxLength.intValue() < 1) {
                        throw error(path + ".maxLength", "应为正整数");
                    }
                    limit = maxLength.intValue();
                }
                fields.add(new RequiredField(id, label, type, optional != null && optional.asBoolean(false),
                        prefillSource, limit));
            }
            return fields;
        }

        private VerificationProcedure verification() {
            JsonNode value = node.get("verification");
            if (value == null || value.isNull()) {
                return VerificationProcedure.NONE;
            }
            try {
                return VerificationProcedure.fromCode(value.asText());
            } catch (IllegalArgumentException e) {
                throw error("verification", "取值“" + value.asText() + "”无效，应为 none、record 或 special");
            }
        }

        private JsonNode present(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "缺失");
            }
            return value;
        }

        private String requiredText(String field) {
            return text(node, field);
        }

        private String text(JsonNode parent, String path) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            JsonNode value = parent.get(key);
            if (value == null || value.isNull()) {
                throw error(path, "缺失");
            }
            if (!value.isTextual()) {
                throw error(path, "应为字符串");
            }
            if (value.asText().isBlank()) {
                throw error(path, "不能为空");
            }
            return value.asText().strip();
        }

        private boolean requiredBoolean(String field) {
            JsonNode value = present(field);
            if (!value.isBoolean()) {
                throw error(field, "应为 true 或 false");
            }
            return value.booleanValue();
        }

        private int requiredInt(String field) {
            JsonNode value = present(field);
            if (!value.isInt()) {
                throw error(field, "应为整数");
            }
            return value.intValue();
        }

        private <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            String value = requiredText(field);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw error(field, "取值“" + value + "”无效，应为 " + names(type.getEnumConstants()));
            }
        }

        private void mustBeAbsent(String field, CertificateGroup group) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull()) {
                throw error(field, "不适用于 group 为 " + group.code() + " 的证明，应删除或设为 null");
            }
        }

        private CatalogueException error(String field, String problem) {
            return new CatalogueException(String.format("目录第%d项（%s）字段 %s %s", index, code, field, problem));
        }

        private static String names(Enum<?>[] values) {
            List<String> names = new ArrayList<>();
            for (Enum<?> value : values) {
                names.add(value.name());
            }
            return String.join("、", names);
        }
    }
}
