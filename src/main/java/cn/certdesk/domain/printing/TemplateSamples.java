package cn.certdesk.domain.printing;

import java.util.List;

/**
 * The certificate templates installed on this desk and their sample documents, for the template
 * preview and the printer test. Samples are synthetic and say so; they are never recorded.
 */
public interface TemplateSamples {

    List<TemplateSummary> templates();

    /** The template's sample, rendered for this desk's station (QR signed with its key when it has one). */
    byte[] renderSample(String templateName);

    /** @param kindCode the catalogue code for the nine certificates, null for notices, stub and forms */
    record TemplateSummary(String name, String title, int version, String kindCode) {
    }
}
