package sg.tsa.advisor.catalogue;

public enum QualificationLevel {
    CERTIFICATE, DIPLOMA, SPECIALIST_DIPLOMA, ADVANCED_DIPLOMA, DEGREE, OTHER
}
