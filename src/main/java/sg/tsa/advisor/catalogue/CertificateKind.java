package sg.tsa.advisor.catalogue;

public enum CertificateKind {
    /** Post-diploma certificate: a block of modules of a specialist diploma. */
    PDC,
    MODULAR_CERTIFICATE,
    OTHER
}
