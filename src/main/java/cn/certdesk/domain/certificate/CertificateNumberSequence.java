package cn.certdesk.domain.certificate;

/**
 * Hands out certificate sequence numbers per desk and year. Call it inside the transaction that
 * records the certificate: a rollback gives the number back, so numbers stay gap-free and every
 * gap that remains is a recorded void.
 */
public interface CertificateNumberSequence {

    CertificateNumber next(String stationCode, String deskCode, int year);
}
