package sg.tsa.advisor.evidence;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The badge data baked into an SVG image: {@code <openbadges:assertion>} (Open Badges 2.0, namespace
 * {@code http://openbadges.org}) or {@code <openbadges:credential>} (Open Badges 3.0, namespace
 * {@code https://purl.imsglobal.org/ob/v3p0}), holding JSON as text or CDATA, or a compact JWS in its {@code verify}
 * attribute. Read with StAX, DTDs and external entities off: a {@code DOCTYPE} is not processed, so an entity it
 * declares (XXE, "billion laughs") is never expanded, and using one is an error.
 */
final class SvgText {
    static final String OB2_NAMESPACE = "http://openbadges.org";
    static final String OB3_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";

    /** What the image carries: {@code ob3} tells an Open Badges 3.0 credential from a 2.0 assertion. */
    record Baked(boolean ob3, String text) {
    }

    private SvgText() {
    }

    static boolean looksLikeXml(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '<') {
                return true;
            }
            if (!(b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == (byte) 0xEF || b == (byte) 0xBB
                    || b == (byte) 0xBF)) {
                return false;
            }
        }
        return false;
    }

    static Optional<Baked> read(byte[] bytes) throws NotACredentialFileException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String namespace = xml.getNamespaceURI();
                String name = xml.getLocalName();
                boolean ob2 = OB2_NAMESPACE.equals(namespace) && name.equals("assertion");
                boolean ob3 = OB3_NAMESPACE.equals(namespace) && name.equals("credential");
                if (ob2 || ob3) {
                    String verify = xml.getAttributeValue(null, "verify");
                    String text = xml.getElementText().strip();
                    return Optional.of(new Baked(ob3, text.isEmpty() && verify != null ? verify.strip() : text));
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            throw new NotACredentialFileException("not a readable SVG image (" + firstLine(e.getMessage()) + ")");
        } finally {
            close(xml);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed XML";
        }
        String line = message.lines().filter(l -> !l.isBlank() && !l.startsWith("ParseError"))
                .reduce((a, b) -> b).orElse(message).strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing more to read
            }
        }
    }
}
