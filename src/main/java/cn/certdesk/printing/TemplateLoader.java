package cn.certdesk.printing;

import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.catalogue.SealType;
import cn.certdesk.printing.FieldInfo.FieldKind;
import cn.certdesk.printing.Template.Align;
import cn.certdesk.printing.Template.Area;
import cn.certdesk.printing.Template.BoxElement;
import cn.certdesk.printing.Template.Element;
import cn.certdesk.printing.Template.FieldRef;
import cn.certdesk.printing.Template.FontRole;
import cn.certdesk.printing.Template.ImageElement;
import cn.certdesk.printing.Template.LineElement;
import cn.certdesk.printing.Template.Literal;
import cn.certdesk.printing.Template.QrElement;
import cn.certdesk.printing.Template.SealElement;
import cn.certdesk.printing.Template.TextElement;
import cn.certdesk.printing.Template.TextPart;
import cn.certdesk.printing.Template.VAlign;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one template file and checks it against the catalogue (see
 * {@code docs/decisions/0009-certificate-template-format.md} and {@code templates/README.md}).
 * Stateless apart from the catalogue; thread-safe.
 */
final class TemplateLoader {

    /** Fields every template may use; filled from {@link DocumentMeta} and the template itself. */
    static final Map<String, FieldInfo> STANDARD_FIELDS = standardFields();

    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;
    private static final Set<String> FILTERS = Set.of("numerals", "arabic", "default");

    private final Catalogue catalogue;
    private final ObjectMapper json = new ObjectMapper();

    TemplateLoader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    private static Map<String, FieldInfo> standardFields() {
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        fields.put("certificateNumber", new FieldInfo("certificateNumber", "证明编号", true, FieldKind.TEXT));
        fields.put("stationName", new FieldInfo("stationName", "出具单位", true, FieldKind.TEXT));
        fields.put("stationCode", new FieldInfo("stationCode", "单位代码", true, FieldKind.TEXT));
        fields.put("officerName", new FieldInfo("officerName", "承办民警", true, FieldKind.TEXT));
        fields.put("officerPoliceNumber", new FieldInfo("officerPoliceNumber", "警号", true, FieldKind.TEXT));
        fields.put("issueDate", new FieldInfo("issueDate", "出具日期", true, FieldKind.DATE));
        fields.put("sealType", new FieldInfo("sealType", "印章", true, FieldKind.TEXT));
        fields.put("title", new FieldInfo("title", "标题", true, FieldKind.TEXT));
        fields.put("templateVersion", new FieldInfo("templateVersion", "模板版本", true, FieldKind.TEXT));
        return Map.copyOf(fields);
    }

    Template load(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".json".length());
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new TemplateException(fileName, null, "not valid JSON at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
        } catch (IOException e) {
            throw new TemplateException(fileName, null, "cannot be read", e);
        }
        return new Parse(fileName, name, root).template();
    }

    /** One file's parse; carries the file name for messages. */
    private final class Parse {
        private final String fileName;
        private final String name;
        private final JsonNode root;
        private final Map<String, FieldInfo> known = new LinkedHashMap<>();
        private final Map<String, FieldInfo> content = new LinkedHashMap<>();

        Parse(String fileName, String name, JsonNode root) {
            this.fileName = fileName;
            this.name = name;
            this.root = root;
        }

        Template template() {
            if (!root.isObject()) {
                throw fail(null, "top level must be an object");
            }
            String declaredName = text(root, "name", name);
            if (!declaredName.equals(name)) {
                throw fail(null, "\"name\" must equal the file name without .json");
            }
            int version = root.path("version").asInt(0);
            if (version < 1) {
                throw fail(null, "\"version\" must be a whole number >= 1");
            }
            String kindCode = text(root, "kind", null);
            String sealLabel;
            String title;
            if (kindCode != null) {
                CertificateKind kind = catalogue.byCode(kindCode)
                        .orElseThrow(() -> fail(null, "\"kind\" is not a catalogue code"));
                if (!kind.issuable()) {
                    throw fail(null, "\"kind\" is not an issue kind of the catalogue");
                }
                for (RequiredField field : kind.requiredFields()) {
                    content.put(field.id(), new FieldInfo(field.id(), field.label(), !field.optional(),
                            switch (field.type()) {
                                case DATE -> FieldKind.DATE;
                                case DATE_TIME -> FieldKind.DATE_TIME;
                                case PHOTO -> FieldKind.IMAGE;
                                default -> FieldKind.TEXT;
                            }));
                }
                sealLabel = kind.sealType().label();
                if (root.has("sealType") && !sealType(root.get("sealType").asText()).equals(sealLabel)) {
                    throw fail("sealType", "differs from the catalogue's seal for this kind");
                }
                title = text(root, "title", kind.name());
            } else {
                sealLabel = root.has("sealType") ? sealType(root.get("sealType").asText()) : null;
                title = text(root, "title", null);
                if (title == null) {
                    throw fail(null, "\"title\" is required");
                }
            }
            for (JsonNode field : root.path("fields")) {
                String id = text(field, "id", null);
                if (id == null || STANDARD_FIELDS.containsKey(id)) {
                    throw fail(id, "a declared field needs an \"id\" that is not a standard field");
                }
                FieldKind type;
                try {
                    type = FieldKind.valueOf(text(field, "type", "text").toUpperCase(Locale.ROOT).replace("-", "_"));
                } catch (IllegalArgumentException e) {
                    throw fail(id, "unknown type (text, date, date_time, image)");
                }
                content.put(id, new FieldInfo(id, text(field, "label", id), field.path("required").asBoolean(true), type));
            }
            known.putAll(STANDARD_FIELDS);
            known.putAll(content);
            ChineseDates.DateStyle dateStyle = switch (text(root, "dateStyle", "numerals")) {
                case "numerals" -> ChineseDates.DateStyle.NUMERALS;
                case "arabic" -> ChineseDates.DateStyle.ARABIC;
                default -> throw fail(null, "\"dateStyle\" must be numerals or arabic");
            };
            Area continuation = root.has("continuation") ? area(root.get("continuation"), "continuation")
                    : new Area(25, 40, 160, 225);
            List<Element> elements = new ArrayList<>();
            int index = 0;
            for (JsonNode node : root.path("elements")) {
                elements.addAll(element(node, "elements[" + index++ + "]"));
            }
            if (elements.isEmpty()) {
                throw fail(null, "\"elements\" is empty");
            }
            return new Template(name, kindCode, version, title, sealLabel, dateStyle, content, continuation, elements);
        }

        private String sealType(String value) {
            try {
                return SealType.valueOf(value).label();
            } catch (IllegalArgumentException e) {
                throw fail("sealType", "must be HOUSEHOLD_REGISTER_SEAL or OFFICIAL_SEAL");
            }
        }

        private List<Element> element(JsonNode node, String where) {
            String type = text(node, "type", "");
            return switch (type) {
                case "text" -> List.of(textElement(node, area(node, where), where));
                case "line" -> List.of(new LineElement(number(node, "x", where), number(node, "y", where),
                        number(node, "x2", where), number(node, "y2", where), node.path("lineWidth").asDouble(0.4),
                        node.path("dashed").asBoolean(false)));
                case "box" -> List.of(new BoxElement(area(node, where), node.path("lineWidth").asDouble(0.4),
                        node.path("dashed").asBoolean(false)));
                case "image" -> {
                    String field = text(node, "field", null);
                    FieldInfo info = knownField(field);
                    if (info.type() != FieldKind.IMAGE) {
                        throw fail(field, "an image slot needs a field of type image");
                    }
                    yield List.of(new ImageElement(area(node, where), field, text(node, "placeholder", "")));
                }
                case "qr" -> {
                    double size = number(node, "size", where);
                    yield List.of(new QrElement(new Area(number(node, "x", where), number(node, "y", where), size, size)));
                }
                case "seal" -> {
                    if (sealLabel() == null) {
                        throw fail("sealType", "a seal slot needs a \"sealType\"");
                    }
                    yield List.of(new SealElement(area(node, where)));
                }
                case "table" -> table(node, where);
                default -> throw fail(null, where + ": unknown element type (text, line, box, image, qr, seal, table)");
            };
        }

        private String sealLabel() {
            if (root.has("kind")) {
                return "kind";
            }
            return root.has("sealType") ? "declared" : null;
        }

        private TextElement textElement(JsonNode node, Area area, String where) {
            double size = node.path("size").asDouble(14);
            double minSize = node.path("minSize").asDouble(Math.min(size, 9));
            if (minSize <= 0 || minSize > size) {
                throw fail(null, where + ": \"minSize\" must be > 0 and <= \"size\"");
            }
            FontRole font = switch (text(node, "font", "body")) {
                case "body" -> FontRole.BODY;
                case "heading" -> FontRole.HEADING;
                default -> throw fail(null, where + ": \"font\" must be body or heading");
            };
            Align align = Align.valueOf(text(node, "align", "left").toUpperCase(Locale.ROOT));
            VAlign valign = VAlign.valueOf(text(node, "valign", "top").toUpperCase(Locale.ROOT));
            String source = text(node, "text", null);
            if (source == null) {
                throw fail(null, where + ": \"text\" is required");
            }
            List<TextPart> parts = parts(source, where);
            String label = text(node, "label", parts.stream().filter(FieldRef.class::isInstance)
                    .map(part -> known.get(((FieldRef) part).field()).label()).findFirst().orElse(""));
            return new TextElement(area, font, size, minSize, node.path("lineSpacing").asDouble(1.5), align, valign,
                    node.path("indent").asDouble(0), parts, label);
        }

        /** A table is sugar: grid lines plus one text box per cell, all laid out here. */
        private List<Element> table(JsonNode node, String where) {
            double x = number(node, "x", where);
            double y = number(node, "y", where);
            List<Double> columns = new ArrayList<>();
            node.path("columns").forEach(column -> columns.add(column.asDouble()));
            if (columns.isEmpty()) {
                throw fail(null, where + ": a table needs \"columns\" (widths in mm)");
            }
            double tableWidth = columns.stream().mapToDouble(Double::doubleValue).sum();
            double defaultRowHeight = node.path("rowHeight").asDouble(10);
            double padding = node.path("padding").asDouble(1.5);
            List<Element> elements = new ArrayList<>();
            double rowTop = y;
            int rowIndex = 0;
            for (JsonNode row : node.path("rows")) {
                JsonNode cells = row.isArray() ? row : row.path("cells");
                double rowHeight = row.isObject() ? row.path("height").asDouble(defaultRowHeight) : defaultRowHeight;
                int column = 0;
                for (JsonNode cell : cells) {
                    if (column >= columns.size()) {
                        throw fail(null, where + ".rows[" + rowIndex + "]: more cells than columns");
                    }
                    int span = cell.isObject() ? cell.path("span").asInt(1) : 1;
                    double cellX = x + columns.subList(0, column).stream().mapToDouble(Double::doubleValue).sum();
                    double cellWidth = columns.subList(column, Math.min(columns.size(), column + span)).stream()
                            .mapToDouble(Double::doubleValue).sum();
                    if (column > 0) {
                        elements.add(new LineElement(cellX, rowTop, cellX, rowTop + rowHeight, 0.4, false));
                    }
                    com.fasterxml.jackson.databind.node.ObjectNode textNode = json.createObjectNode();
                    if (cell.isObject()) {
                        textNode.setAll((com.fasterxml.jackson.databind.node.ObjectNode) cell);
                    } else {
                        textNode.put("text", cell.asText());
                    }
                    if (!textNode.has("size")) {
                        textNode.put("size", node.path("size").asDouble(11));
                    }
                    if (!textNode.has("minSize")) {
                        textNode.put("minSize", node.path("minSize").asDouble(7));
                    }
                    if (!textNode.has("valign")) {
                        textNode.put("valign", "middle");
                    }
                    if (!textNode.has("lineSpacing")) {
                        textNode.put("lineSpacing", 1.25);
                    }
                    if (!textNode.path("text").asText().isEmpty()) {
                        elements.add(textElement(textNode, new Area(cellX + padding, rowTop + 0.8,
                                cellWidth - 2 * padding, rowHeight - 1.6), where + ".rows[" + rowIndex + "]"));
                    }
                    column += span;
                }
                rowTop += rowHeight;
                elements.add(new LineElement(x, rowTop, x + tableWidth, rowTop, 0.4, false));
                rowIndex++;
            }
            elements.add(new LineElement(x, y, x + tableWidth, y, 0.4, false));
            elements.add(new LineElement(x, y, x, rowTop, 0.4, false));
            elements.add(new LineElement(x + tableWidth, y, x + tableWidth, rowTop, 0.4, false));
            return elements;
        }

        private List<TextPart> parts(String source, String where) {
            List<TextPart> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '{' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                    literal.append('{');
                    i += 2;
                } else if (c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                } else if (c == '{') {
                    int end = source.indexOf('}', i);
                    if (end < 0) {
                        throw fail(null, where + ": unclosed '{' in \"text\"");
                    }
                    if (!literal.isEmpty()) {
                        parts.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    parts.add(fieldRef(source.substring(i + 1, end).trim()));
                    i = end + 1;
                } else {
                    literal.append(c);
                    i++;
                }
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
            }
            return parts;
        }

        private FieldRef fieldRef(String reference) {
            int bar = reference.indexOf('|');
            String field = bar < 0 ? reference : reference.substring(0, bar).trim();
            FieldInfo info = knownField(field);
            if (info.type() == FieldKind.IMAGE) {
                throw fail(field, "an image field can only be used by an image slot");
            }
            if (bar < 0) {
                return new FieldRef(field, null, null);
            }
            String filter = reference.substring(bar + 1).trim();
            String argument = null;
            int colon = filter.indexOf(':');
            if (colon >= 0) {
                argument = filter.substring(colon + 1);
                filter = filter.substring(0, colon).trim();
            }
            if (!FILTERS.contains(filter)) {
                throw fail(field, "unknown filter '" + filter + "' (numerals, arabic, default:TEXT)");
            }
            if (!filter.equals("default") && info.type() == FieldKind.TEXT) {
                throw fail(field, "filter '" + filter + "' needs a date or date-time field");
            }
            return new FieldRef(field, filter, argument);
        }

        private FieldInfo knownField(String field) {
            FieldInfo info = field == null ? null : known.get(field);
            if (info == null) {
                throw fail(field, "unknown field: not a field of the catalogue kind, not declared in \"fields\","
                        + " not a standard field");
            }
            return info;
        }

        private Area area(JsonNode node, String where) {
            Area area = new Area(number(node, "x", where), number(node, "y", where), number(node, "width", where),
                    number(node, "height", where));
            if (area.width() <= 0 || area.height() <= 0 || area.x() < 0 || area.y() < 0
                    || area.x() + area.width() > PAGE_WIDTH_MM + 0.01 || area.y() + area.height() > PAGE_HEIGHT_MM + 0.01) {
                throw fail(null, where + ": area lies outside the A4 page or is empty");
            }
            return area;
        }

        private double number(JsonNode node, String key, String where) {
            JsonNode value = node.get(key);
            if (value == null || !value.isNumber()) {
                throw fail(null, where + ": \"" + key + "\" must be a number (millimetres)");
            }
            return value.asDouble();
        }

        private String text(JsonNode node, String key, String fallback) {
            JsonNode value = node.get(key);
            return value == null || value.isNull() ? fallback : value.asText();
        }

        private TemplateException fail(String field, String message) {
            return new TemplateException(fileName, field, message);
        }
    }
}
