package sg.tsa.advisor.catalogue;

public enum CredentialKind {
    SHORT_COURSE, NANODEGREE, INDUSTRY_CERTIFICATION, MODULE, OTHER
}
