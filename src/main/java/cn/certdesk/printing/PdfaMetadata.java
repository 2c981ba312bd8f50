package cn.certdesk.printing;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a document PDF/A-2b: the XMP packet (pdfaid part 2 / conformance B, dc:title, and the
 * CertDesk extension schema {@code cd} declared under {@code pdfaExtension:schemas}) and the sRGB
 * output intent. The XMP is written as text so that the extension schema declaration stays
 * exactly as PDF/A requires; veraPDF checks it in {@code TemplateSamplesTest}. Stateless and
 * thread-safe.
 */
final class PdfaMetadata {

    /** Namespace of the CertDesk extension schema. */
    static final String NAMESPACE = "http://certdesk.cn/ns/certificate/1.0/";
    /** Prefix of the CertDesk extension schema. */
    static final String PREFIX = "cd";

    private PdfaMetadata() {
    }

    static void apply(PDDocument document, String title, String templateName, int templateVersion,
            String certificateNumber, String canonicalContent) throws IOException {
        document.getDocumentInformation().setTitle(title);
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>CertDesk certificate</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>%s</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>%s</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                %s          </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:cd="%s">
                   <cd:templateName>%s</cd:templateName>
                   <cd:templateVersion>%d</cd:templateVersion>
                   <cd:certificateNumber>%s</cd:certificateNumber>
                   <cd:content>%s</cd:content>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title, "title"), NAMESPACE, PREFIX,
                property("templateName", "Text", "Name of the CertDesk template the document was rendered from")
                        + property("templateVersion", "Integer", "Version of that template")
                        + property("certificateNumber", "Text", "Certificate or notice number")
                        + property("content", "Text", "Canonical content string the authenticity code is computed over"),
                NAMESPACE, escape(templateName, "templateName"), templateVersion,
                escape(certificateNumber, "certificateNumber"), escape(canonicalContent, "canonicalContent"));
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static String property(String name, String type, String description) {
        return """
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>%s</pdfaProperty:name>
                         <pdfaProperty:valueType>%s</pdfaProperty:valueType>
                         <pdfaProperty:category>external</pdfaProperty:category>
                         <pdfaProperty:description>%s</pdfaProperty:description>
                        </rdf:li>
                """.formatted(name, type, description);
    }

    /** XML-escapes a value; characters XML 1.0 cannot carry fail, naming the field only. */
    static String escape(String value, String field) {
        StringBuilder text = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed) {
                throw new TemplateException(null, field, "contains a character XMP metadata cannot hold");
            }
            switch (cp) {
                case '&' -> text.append("&amp;");
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                case '"' -> text.append("&quot;");
                case 0xD -> text.append("&#xD;");
                default -> text.appendCodePoint(cp);
            }
        }
        return text.toString();
    }
}
