package cn.certdesk.printing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the sample data in {@code templates/samples/<template>.json} (synthetic values that show
 * what a template looks like filled in; format in {@code templates/README.md}). Stateless and
 * thread-safe.
 */
public final class SampleDocuments {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param templatesDir the templates folder
     * @param templateName the template whose sample is read
     * @return the sample document data
     * @throws TemplateException naming the sample file when it is missing or malformed
     */
    public DocumentData read(Path templatesDir, String templateName) {
        return readFile(templatesDir.resolve("samples").resolve(templateName + ".json"), "samples/" + templateName + ".json");
    }

    /**
     * Reads document data in the sample format from any file ({@code certdesk render --data FILE}).
     *
     * @param fileName how error messages name the file
     */
    public DocumentData readFile(Path file, String fileName) {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new TemplateException(fileName, null, "sample cannot be read", e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        root.path("fields").properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue().asText()));
        JsonNode meta = root.path("meta");
        LocalDate issueDate;
        try {
            issueDate = LocalDate.parse(meta.path("issueDate").asText());
        } catch (DateTimeParseException e) {
            throw new TemplateException(fileName, "issueDate", "is not an ISO date (yyyy-MM-dd)");
        }
        return new DocumentData(fields, new DocumentMeta(meta.path("certificateNumber").asText(),
                meta.path("stationName").asText(), meta.path("stationCode").asText(), meta.path("officerName").asText(),
                meta.path("officerPoliceNumber").asText(), issueDate,
                meta.hasNonNull("qrPayload") ? Optional.of(meta.get("qrPayload").asText()) : Optional.empty(),
                meta.path("canonicalContent").asText()));
    }
}
