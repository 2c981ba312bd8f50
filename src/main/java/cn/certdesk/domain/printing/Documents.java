package cn.certdesk.domain.printing;

import java.time.LocalDate;
import java.util.Map;

/** Renders a template with field values for this desk's station, its QR code signed with the station key. */
public interface Documents {

    byte[] render(String templateName, Map<String, String> fields, Header header);

    /**
     * @param number the document's number (certificate number, or a refusal notice's own number)
     */
    record Header(String number, String officerName, String officerPoliceNumber, LocalDate issueDate) {
    }
}
